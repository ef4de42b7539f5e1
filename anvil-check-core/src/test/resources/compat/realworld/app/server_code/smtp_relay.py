# expect-min: 3.6
# expect: PY101 f-strings
import smtplib
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate
import anvil.secrets


def send_plain(to, subject, text):
    msg = MIMEText(text, "plain", "utf-8")
    msg["Subject"] = subject
    msg["From"] = formataddr(("Orders Portal", "noreply@example.com"))
    msg["To"] = to
    msg["Date"] = formatdate(localtime=True)
    host = anvil.secrets.get_secret("smtp_host")
    with smtplib.SMTP(host, 587, timeout=20) as smtp:
        smtp.starttls()
        smtp.login("noreply@example.com", anvil.secrets.get_secret("smtp_password"))
        smtp.send_message(msg)
    return f"sent to {to}"
