import { NotFoundState } from '../../ui/ErrorState';

export function ConsoleNotFound() {
  return <NotFoundState />;
}
