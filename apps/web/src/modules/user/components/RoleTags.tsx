import type { UserDto } from '@gongzhi/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Each role with the organisation it is held in. */
export function RoleTags({ roles }: { roles: UserDto['roles'] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      {roles.map((assignment) => (
        <span key={`${assignment.role}:${assignment.organisationId ?? ''}`}>
          <Tag color="blue">{t(`enums.role.${assignment.role}`)}</Tag>
          {assignment.organisationName ? (
            <Typography.Text type="secondary">{assignment.organisationName}</Typography.Text>
          ) : null}
        </span>
      ))}
    </Flex>
  );
}
