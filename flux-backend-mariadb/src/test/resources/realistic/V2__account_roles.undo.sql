DROP TABLE account_roles;
