# expect-min: 3.7
# expect: PY201 http.server.ThreadingHTTPServer
import functools
import http.server
import sys


def main(folder, port=8000):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        print("serving", folder, "on port", port)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
