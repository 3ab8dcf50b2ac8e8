import { App } from 'antd';

/** For a dialog's successful save: shows the success message, then closes the dialog. */
export function useCloseWithMessage(onClose: () => void): (text: string) => void {
  const { message } = App.useApp();
  return (text) => {
    void message.success(text);
    onClose();
  };
}
