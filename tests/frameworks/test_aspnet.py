"""ASP.NET Core is reviewed, not run: this machine's registries have no .NET SDK. Its program
(`statusdoc program aspnet`) is read as C# text instead: it must lex (string literals closed,
brackets balanced), have exactly one route per supported code and none for the others, set
exactly the sample's headers, content type and body as literals, and use for each code a
`StatusCodes` constant that ASP.NET Core has, of that very number."""

import re
import tomllib
from collections import Counter

from httpcheck import SPECIAL
from project import SITE_ROOT, render_program

# The names of Microsoft.AspNetCore.Http.StatusCodes (src/Http/Http.Abstractions/src/
# StatusCodes.cs in dotnet/aspnetcore; the same since .NET 5). Each name carries its number.
ASPNET_STATUS_CODES = set(
    """
    Status100Continue Status101SwitchingProtocols Status102Processing Status200OK
    Status201Created Status202Accepted Status203NonAuthoritative Status204NoContent
    Status205ResetContent Status206PartialContent Status207MultiStatus Status208AlreadyReported
    Status226IMUsed Status300MultipleChoices Status301MovedPermanently Status302Found
    Status303SeeOther Status304NotModified Status305UseProxy Status306SwitchProxy
    Status307TemporaryRedirect Status308PermanentRedirect Status400BadRequest
    Status401Unauthorized Status402PaymentRequired Status403Forbidden Status404NotFound
    Status405MethodNotAllowed Status406NotAcceptable Status407ProxyAuthenticationRequired
    Status408RequestTimeout Status409Conflict Status410Gone Status411LengthRequired
    Status412PreconditionFailed Status413RequestEntityTooLarge Status413PayloadTooLarge
    Status414RequestUriTooLong Status414UriTooLong Status415UnsupportedMediaType
    Status416RequestedRangeNotSatisfiable Status416RangeNotSatisfiable Status417ExpectationFailed
    Status418ImATeapot Status419AuthenticationTimeout Status421MisdirectedRequest
    Status422UnprocessableEntity Status423Locked Status424FailedDependency
    Status426UpgradeRequired Status428PreconditionRequired Status429TooManyRequests
    Status431RequestHeaderFieldsTooLarge Status451UnavailableForLegalReasons
    Status500InternalServerError Status501NotImplemented Status502BadGateway
    Status503ServiceUnavailable Status504GatewayTimeout Status505HttpVersionNotsupported
    Status506VariantAlsoNegotiates Status507InsufficientStorage Status508LoopDetected
    Status510NotExtended Status511NetworkAuthenticationRequired
    """.split()
)

ESCAPES = {
    "'": "'",
    '"': '"',
    "\\": "\\",
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
}


def lex_csharp(source):
    """Splits C# source into ("code", text) and ("string", value) tokens, decoding regular
    ("...") and verbatim (@"...") string literals and skipping comments. Raises ValueError on
    an unterminated literal or comment, or on a literal form the snippets do not use."""
    tokens, code, i = [], [], 0
    while i < len(source):
        if source.startswith("//", i):
            i = source.index("\n", i) if "\n" in source[i:] else len(source)
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                raise ValueError(f"unterminated comment at {i}")
            i = end + 2
        elif source.startswith('@"', i) or source[i] == '"':
            if source.startswith('"""', i) or (i > 0 and source[i - 1] == "$"):
                raise ValueError(f"raw or interpolated string at {i}: not expected in the snippets")
            tokens.append(("code", "".join(code)))
            code = []
            value, i = (read_verbatim if source[i] == "@" else read_regular)(source, i)
            tokens.append(("string", value))
        else:
            code.append(source[i])
            i += 1
    tokens.append(("code", "".join(code)))
    return tokens


def read_verbatim(source, i):
    i += 2
    value = []
    while True:
        if i >= len(source):
            raise ValueError("unterminated verbatim string")
        if source[i] == '"':
            if source.startswith('""', i):
                value.append('"')
                i += 2
                continue
            return "".join(value), i + 1
        value.append(source[i])
        i += 1


def read_regular(source, i):
    i += 1
    value = []
    while True:
        if i >= len(source) or source[i] == "\n":
            raise ValueError("unterminated string literal")
        char = source[i]
        if char == '"':
            return "".join(value), i + 1
        if char == "\\":
            escape = source[i + 1]
            if escape == "u":
                value.append(chr(int(source[i + 2 : i + 6], 16)))
                i += 6
                continue
            if escape not in ESCAPES:
                raise ValueError(f"unknown escape \\{escape}")
            value.append(ESCAPES[escape])
            i += 2
            continue
        value.append(char)
        i += 1


def balanced(code):
    pairs, stack = {")": "(", "]": "[", "}": "{"}, []
    for char in code:
        if char in "([{":
            stack.append(char)
        elif char in pairs:
            if not stack or stack.pop() != pairs[char]:
                return False
    return not stack


def routes(tokens):
    """Each app.MapGet(...) as (path, the literals after it, the code text after it)."""
    found = []
    for index, (kind, text) in enumerate(tokens):
        if kind == "code" and text.rstrip().endswith("app.MapGet("):
            path = tokens[index + 1][1]
            literals, code = [], []
            for kind2, text2 in tokens[index + 2 :]:
                if kind2 == "code" and ("app.MapGet(" in text2 or "app.Run(" in text2):
                    code.append(text2.split("app.")[0])
                    break
                (literals if kind2 == "string" else code).append(text2)
            found.append((path, literals, "".join(code)))
    return found


def test_aspnet_program_is_reviewed(http_samples):
    port = 5123
    program = render_program("aspnet", port)
    tokens = lex_csharp(program)
    code_text = "".join(text for kind, text in tokens if kind == "code")
    assert balanced(code_text), "brackets are not balanced outside string literals"
    assert code_text.count(";") > 0 and "'" not in code_text, "stray quote outside a literal"
    assert ("string", f"http://127.0.0.1:{port}") in tokens, "app.Run does not listen on the port"

    definition = tomllib.loads((SITE_ROOT / "content" / "frameworks" / "http" / "aspnet.toml").read_text())
    constants = definition["constants"]
    supported = {c for c, s in http_samples.items() if "aspnet" not in s["unsupported_by"]}
    found = routes(tokens)
    paths = Counter(path for path, _, _ in found)
    assert sorted(paths) == sorted(f"/status/{c}" for c in supported), (
        "routes differ from the supported codes"
    )
    assert max(paths.values()) == 1, f"a route appears twice: {paths.most_common(1)}"

    problems = []
    for path, literals, code in found:
        number = int(path.rsplit("/", 1)[1])
        sample = http_samples[number]
        expected = []
        for name, value in sample["headers"]:
            if name.lower() not in SPECIAL:
                expected += [name, value]
        if sample["body"]:
            expected += [sample["body"], dict((n.lower(), v) for n, v in sample["headers"])["content-type"]]
        if literals != expected:
            problems.append(f"{number}: literals {literals}, want {expected}")
        status = constants.get(str(number), str(number))
        name = status.removeprefix("StatusCodes.")
        if status != str(number) and (
            name not in ASPNET_STATUS_CODES or not name.startswith(f"Status{number}")
        ):
            problems.append(f"{number}: {status} is not ASP.NET Core's constant for {number}")
        uses = re.findall(r"statusCode: ([\w.]+)\)|Results\.StatusCode\(([\w.]+)\)", code)
        if [a or b for a, b in uses] != [status]:
            problems.append(f"{number}: status {uses}, want {status}")
        if sample["body"] and "Results.Text(body," not in code:
            problems.append(f"{number}: the body is not sent with Results.Text")
    assert not problems, "ASP.NET Core program:\n  " + "\n  ".join(problems)
    print(f"aspnet: {len(found)} routes reviewed (not run: no .NET SDK here)")
