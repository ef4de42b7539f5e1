# expect-min: 3.0
# expect-max: 3.11
# expect: PY302 smtpd
import asyncore
import smtpd


class SinkServer(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        print("mail from", mailfrom, "to", rcpttos, len(data), "bytes")


if __name__ == "__main__":
    SinkServer(("127.0.0.1", 1025), None)
    try:
        asyncore.loop()
    except KeyboardInterrupt:
        pass
