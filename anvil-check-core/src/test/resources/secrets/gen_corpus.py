import random, base64, json, string
r = random.Random(7)
def rs(alpha, n): return ''.join(r.choice(alpha) for _ in range(n))
AN = string.ascii_letters + string.digits
UP32 = string.ascii_uppercase + '234567'
HEX = '0123456789abcdef'
B64U = AN + '-_'
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip('=')
aws = lambda p='AKIA': p + rs(UP32, 16)
gh = lambda p: p + rs(AN, 36)
ghpat = 'github_pat_' + rs(AN, 22) + '_' + rs(AN, 59)
glpat = 'glpat-' + rs(AN + '-_', 20)
xoxb = 'xoxb-' + rs(string.digits, 12) + '-' + rs(string.digits, 13) + '-' + rs(AN, 24)
xoxp = 'xoxp-' + rs(string.digits, 11) + '-' + rs(string.digits, 11) + '-' + rs(string.digits, 13) + '-' + rs(HEX, 32)
hook = 'https://hooks.slack.com/services/T' + rs(string.ascii_uppercase + string.digits, 8) + '/B' + rs(string.ascii_uppercase + string.digits, 10) + '/' + rs(AN, 24)
sk_live = 'sk_live_' + rs(AN, 24)
rk_live = 'rk_live_' + rs(AN, 24)
sk_test = 'sk_test_' + rs(AN, 24)
gkey = 'AIza' + rs(AN + '-_', 35)
openai = 'sk-proj-' + rs(B64U, 74) + 'T3BlbkFJ' + rs(B64U, 74)
openai2 = 'sk-' + rs(AN, 20) + 'T3BlbkFJ' + rs(AN, 20)
anth = 'sk-ant-api03-' + rs(B64U, 93) + 'AA'
twilio = 'SK' + rs(HEX, 32)
sg = 'SG.' + rs(B64U, 22) + '.' + rs(B64U, 43)
jwt = b64u(b'{"alg":"HS256","typ":"JWT"}') + '.' + b64u(b'{"sub":"4821","name":"Ann Lee","iat":1716239022}') + '.' + rs(B64U, 43)
uplink = 'server_' + rs(UP32, 24) + '-' + rs(UP32, 16)
uplink2 = 'client_' + rs(UP32, 24) + '-' + rs(UP32, 16)
pem_body = [base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode() for _ in range(6)]
pw = lambda: rs(AN, 6) + r.choice('!#%&*+') + rs(AN, 5)
ghx = 'ghp_' + 'x' * 36

files = []
def f(path, *lines): files.append((path, lines))
N='N'
f('server_code/settings.py',
 ('.', 'import os'), ('.', 'import anvil.secrets'), ('.', 'import anvil.server'), ('.', ''),
 ('SE401', f'AWS_ACCESS_KEY_ID = "{aws()}"'),
 ('SE401', f"aws_key = '{aws('ASIA')}'"),
 (N, 'AWS_DOC_KEY = "AKIAIOSFODNN7EXAMPLE"'),
 (N, 'AWS_REGION = "eu-west-2"'),
 ('SE402', f'GITHUB_TOKEN = "{gh("ghp_")}"'),
 ('SE402', f'oauth = "{gh("gho_")}"'),
 ('SE402', f'APP_TOKEN = "{gh("ghs_")}"'),
 ('SE402', f'user_to_server = "{gh("ghu_")}"'),
 ('SE402', f'refresh = "{gh("ghr_")}"'),
 ('SE402', f'FINE_GRAINED = "{ghpat}"'),
 (N, f'PLACEHOLDER_TOKEN = "{ghx}"'),
 ('SE403', f'GITLAB = "{glpat}"'),
 ('SE404', f'SLACK_BOT = "{xoxb}"'),
 ('SE404', f'slack_user_token = "{xoxp}"'),
 (N, 'SLACK_BOT_HELP = "xoxb-your-bot-token-here"'),
 ('SE405', f'WEBHOOK = "{hook}"'),
 (N, 'SLACK_DOCS = "https://api.slack.com/messaging/webhooks"'),
 ('SE406', f'stripe.api_key = "{sk_live}"'),
 ('SE406', f'RESTRICTED = "{rk_live}"'),
 (N, f'STRIPE_TEST_MODE_KEY_NAME = "STRIPE_TEST_KEY"'),
 ('SE407', f'MAPS_KEY = "{gkey}"'),
 ('SE408', f'openai_client = OpenAI(api_key="{openai}")'),
 ('SE408', f'LEGACY_OPENAI = "{openai2}"'),
 ('SE409', f'client = anthropic.Anthropic(api_key="{anth}")'),
 ('SE410', f'TWILIO_KEY = "{twilio}"'),
 (N, f'TWILIO_ACCOUNT_SID = "AC{rs(HEX, 32)}"'),
 ('SE411', f'sendgrid_key = "{sg}"'),
 ('SE413', f'SERVICE_JWT = "{jwt}"'),
 (N, 'JWT_HEADER_DOC = "eyJhbGciOiJIUzI1NiJ9"'),
 ('SE414', f'anvil.server.connect("{uplink}")'),
 ('SE414', f'CLIENT_UPLINK = "{uplink2}"'),
 (N, 'anvil.server.connect(os.environ["ANVIL_UPLINK_KEY"])'),
 (N, 'anvil.server.connect("server_xxxxxxxxxxxxx")'),
 ('SE415', f'DATABASE_URL = "postgresql://app:{pw()}@db.internal:5432/app"'),
 ('SE415', f'REDIS = "redis://:{pw()}@cache.internal:6379/0"'),
 (N, 'LOCAL_DB = "postgresql://user:password@localhost:5432/app"'),
 (N, 'TEMPLATE_DB = "postgres://app:${DB_PASSWORD}@db/app"'),
 (N, 'DOCS = "https://docs.example.org/user@example.org"'),
 (N, 'HOMEPAGE = "https://anvil.works/docs"'),
 ('SE416', f'SECRET_KEY = "{rs(AN, 40)}"'),
 ('SE416', f'db_password = "{pw()}"'),
 ('SE416', f'API_KEY: str = "{rs(HEX, 32)}"'),
 (N, 'password = os.environ["DB_PASSWORD"]'),
 (N, 'api_key = anvil.secrets.get_secret("api_key")'),
 (N, 'secret = anvil.secrets.get_secret("stripe_secret_api_key")'),
 (N, 'TOKEN_URL = "https://oauth2.googleapis.com/token"'),
 (N, 'DEFAULT_PASSWORD = "changeme"'),
 (N, 'SECRET_KEY_HINT = "your-secret-key-here"'),
 (N, 'api_key = "<your-api-key>"'),
 (N, 'token = "${GITHUB_TOKEN}"'),
 (N, 'SECRET_KEY_LENGTH = 32'),
 (N, 'password_hash = "pbkdf2:sha256:260000$abc$0123456789abcdef"'),
 (N, 'session_token_id = "550e8400-e29b-41d4-a716-446655440000"'),
 (N, 'secret_name = "stripe_secret_api_key"'),
 (N, 'token_type = "bearer"'),
 (N, 'AUTH_TOKEN_EXPIRY = 3600'),
 (N, 'commit = "3f786850e387550fdab836ed7e6dc881de23001b"'),
 (N, 'sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"'),
 (N, 'api_version = "2023-10-16"'),
 (N, 'PASSWORD_FIELD = "password_confirmation"'),
 (N, 'password_policy = "min8-upper-lower-digit"'),
 ('.', ''),
 ('.', '@anvil.server.callable'),
 ('.', 'def login(email, password):'),
 (N, '    if password == "hunter2-Secret9":'),
 ('.', '        return False'),
 (N, '    token = generate_token()'),
 (N, '    headers = {"Authorization": "Bearer " + token}'),
 (N, '    creds = {"password": ""}'),
 (N, '    secret = getpass.getpass()'),
 ('SE416', f'    creds = {{"user": "svc", "password": "{pw()}"}}'),
 ('.', '    return anvil.users.login_with_email(email, password)'),
 (N, '# anvil-check: allow-secret is how a line is allowed'),
 (N, f'TEST_FIXTURE_KEY = "{aws()}"  # anvil-check: allow-secret'),
 (N, '# anvil-check: allow-secret-next-line'),
 (N, f'ANOTHER_FIXTURE = "{gh("ghp_")}"'),
 ('.', ''),
 ('.', 'def helper():'),
 ('.', '    """Nothing secret here: keys, tokens and passwords are words."""'),
 (N, '    key = "primary"'),
 (N, '    return {"api_key": "api_key", "token": None}'),
)
f('server_code/keys.py',
 ('.', 'PRIVATE = """'),
 ('SE412', '-----BEGIN RSA PRIVATE KEY-----'),
 *[('.', l) for l in pem_body],
 ('.', '-----END RSA PRIVATE KEY-----'),
 ('.', '"""'),
 ('.', 'PUBLIC = """'),
 (N, '-----BEGIN PUBLIC KEY-----'),
 *[('.', l) for l in pem_body[:3]],
 ('.', '-----END PUBLIC KEY-----'),
 ('.', '"""'),
 (N, 'DOC = "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"'),
 ('SE412', '-----BEGIN OPENSSH PRIVATE KEY-----'),
 *[('.', l) for l in pem_body[2:]],
 ('.', '-----END OPENSSH PRIVATE KEY-----'),
)
f('client_code/Form1/__init__.py',
 ('.', 'from ._anvil_designer import Form1Template'),
 ('.', 'from anvil import *'),
 ('.', 'import anvil.server'),
 ('.', ''),
 ('.', 'class Form1(Form1Template):'),
 ('.', '    def __init__(self, **properties):'),
 ('.', '        self.init_components(**properties)'),
 (N, '        self.password_box.placeholder = "Password"'),
 (N, '        self.token_label.text = "Enter the token from your e-mail"'),
 ('SE407', f'        self.map.api_key = "{gkey[:-6]}{rs(AN, 6)}"'),
 (N, '        self.stripe_key = "pk_live_' + rs(AN, 24) + '"'),
)
f('config/app.yaml',
 ('.', 'app:'),
 ('.', '  name: orders'),
 ('SE416', f'  api_secret: {rs(AN, 12)}{r.choice("!%+")}{rs(AN, 8)}'),
 ('SE416', f'  signing_key: "{rs(HEX, 40)}"'),
 (N, '  api_secret: ${API_SECRET}'),
 (N, '  password: "{{ vault_db_password }}"'),
 (N, '  token_endpoint: https://login.example.org/oauth2/token'),
 (N, '  public_key: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + rs(AN, 40)),
 (N, '  secret_ref: projects/orders/secrets/db-password/versions/latest'),
 ('SE405', f'  alerts_webhook: {hook[:-4]}{rs(AN, 4)}'),
 ('SE415', f'  broker: amqp://orders:{pw()}@mq.internal:5672/'),
 (N, '  cache: redis://cache.internal:6379/0'),
 ('.', 'logging:'),
 ('.', '  level: INFO'),
)
f('config/aws.json',
 ('.', '{'),
 (N, '  "PolicyArnForCredentials": "arn:aws:iam::aws:policy/IAMSelfManageServiceSpecificCredentials",'),
 (N, '  "PasswordLastUsed": "2016-09-08T21:47:36Z",'),
 (N, '  "output_token": "Jobs[-1].JobId",'),
 (N, '  "CustomerMasterKeySpec": "RSA_4096",'),
 (N, '  "NextContinuationToken": "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI/EyIJg==",'),
 (N, '  "PurchaseToken": "eyJ2IjoiMSIsInMiOjEsImMiOi...",'),
 (N, '  "AWS::ApiGateway::ApiKey": "48205d4ffd7feba3",'),
 ('.', '  "Region": "eu-west-2"'),
 ('.', '}'),
)
f('server_code/style.py',
 (N, 'STYLE = {Token.Prompt: "#ansibrightblue", Token.OutPrompt: "#ansibrightred"}'),
 (N, '_token_end = r"(?=\\s|#|[)\\]]|$)"'),
 (N, 'request = {"ClientRequestToken": "{self.client_request_token}"}'),
 (N, 'DOC_URL = "http://evil:thing@example.com/path"'),
 (N, 'MIRROR = "ftp://anonymous:guest@ftp.example.org/pub"'),
)
f('.env.example',
 ('.', '# copy to .env and fill in'),
 (N, 'STRIPE_SECRET_KEY=sk_live_your_key_here'),
 (N, 'DATABASE_URL=postgresql://user:password@localhost:5432/app'),
 (N, 'SECRET_KEY=changeme'),
 (N, 'API_TOKEN='),
 (N, 'OPENAI_API_KEY=sk-proj-REPLACE_ME'),
 (N, 'SMTP_PASSWORD=<smtp-password>'),
 (N, 'UPLINK_KEY=server_XXXXXXXXXXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXX'),
)
f('.env',
 ('SE408', f'OPENAI_API_KEY={openai}'),
 ('SE416', f'DB_PASSWORD={pw()}'),
 ('SE401', f'AWS_ACCESS_KEY_ID={aws()}'),
 ('SE406', f'STRIPE_SECRET_KEY="{sk_live[:-5]}{rs(AN,5)}"'),
 (N, 'DEBUG=true'),
 (N, 'SMTP_HOST=smtp.example.org'),
)
f('anvil.yaml',
 ('.', 'name: Orders'),
 ('.', 'package_name: Orders'),
 ('.', 'services:'),
 ('.', '- source: /runtime/services/anvil/email.yml'),
 ('.', '  client_config: {}'),
 ('.', '  server_config:'),
 ('.', '    custom_smtp: true'),
 ('.', '    smtp_host: smtp.example.org'),
 ('.', '    smtp_user: orders'),
 ('SE420', f'    smtp_password: {pw()}'),
 ('.', '- source: /runtime/services/google.yml'),
 ('.', '  client_config: {}'),
 ('.', '  server_config:'),
 ('.', '    client_id: 123-abc.apps.googleusercontent.com'),
 ('SE420', f'    client_secret: GOCSPX-{rs(AN, 28)}'),
 ('.', '- source: /runtime/services/facebook.yml'),
 ('.', '  client_config: {}'),
 (N, '  server_config: {app_id: chatapp, app_secret_enc: ' + base64.b64encode(bytes(r.getrandbits(8) for _ in range(90))).decode() + '}'),
 ('.', 'secrets:'),
 ('.', '  stripe_secret_api_key:'),
 ('.', '    type: secret'),
 (N, '    value: {T4O5IQ35ZG7TTCZN: ' + base64.b64encode(bytes(r.getrandbits(8) for _ in range(60))).decode() + '}'),
 ('.', 'db_schema: {}'),
)
out = []
for path, lines in files:
    out.append('=== ' + path)
    for label, text in lines:
        out.append(label + '|' + text)
open('/work/wt/secrets/anvil-check-core/src/test/resources/secrets/labelled-corpus.txt', 'w').write('\n'.join(out) + '\n')
print(sum(len(l) for _, l in files), 'lines', sum(1 for _, l in files for x in l if x[0].startswith('SE')), 'secrets', sum(1 for _, l in files for x in l if x[0]=='N'), 'look-alikes')
