# expect-min: 3.2
# expect-max: 3.12
# expect: PY302 cgi
import cgi
import html


def main():
    form = cgi.FieldStorage()
    name = form.getfirst("name", "world")
    print("Content-Type: text/html")
    print()
    print("<h1>Hello, %s</h1>" % html.escape(name))


if __name__ == "__main__":
    main()
