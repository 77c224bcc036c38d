"""Fills the end-to-end test's fresh Keystone in one Python start-up (each `openstack` call costs ~2.5 s).

Creates the test user's project, the user (password from E2E_USER_PASSWORD, never on a command
line), its `member` role there, the `swift` service user that the Swift proxy checks tokens with,
and the object-store service with its endpoints. Prints "PROJECT_ID USER_ID" on stdout.

Environment: E2E_ADMIN_PASSWORD, E2E_USER_PASSWORD, E2E_SWIFT_PASSWORD, E2E_PROJECT, E2E_USER.
"""
import os

from keystoneauth1 import session
from keystoneauth1.identity import v3
from keystoneclient.v3 import client

KEYSTONE = "http://127.0.0.1:5000/v3"
SWIFT_URL = "http://127.0.0.1:8080/v1/AUTH_%(project_id)s"
REGION = "RegionOne"

admin = v3.Password(auth_url=KEYSTONE, username="admin", password=os.environ["E2E_ADMIN_PASSWORD"],
                    project_name="admin", user_domain_id="default", project_domain_id="default")
keystone = client.Client(session=session.Session(auth=admin), interface="public")

member_role = keystone.roles.find(name="member")
admin_role = keystone.roles.find(name="admin")

project = keystone.projects.create(name=os.environ["E2E_PROJECT"], domain="default")
user = keystone.users.create(name=os.environ["E2E_USER"], domain="default", default_project=project,
                             password=os.environ["E2E_USER_PASSWORD"])
keystone.roles.grant(member_role, user=user, project=project)

service_project = keystone.projects.create(name="service", domain="default")
swift_user = keystone.users.create(name="swift", domain="default",
                                   password=os.environ["E2E_SWIFT_PASSWORD"])
keystone.roles.grant(admin_role, user=swift_user, project=service_project)

object_store = keystone.services.create(name="swift", type="object-store")
for interface in ("public", "internal", "admin"):
    keystone.endpoints.create(service=object_store, url=SWIFT_URL, interface=interface, region=REGION)

print(project.id, user.id)
