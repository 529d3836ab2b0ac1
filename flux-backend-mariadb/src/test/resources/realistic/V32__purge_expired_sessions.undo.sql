DROP EVENT purge_expired_sessions;
