// Exercises: URL parsing - net/url Parse of scheme, user info, host and port, path, fragment, query values; building and resolving URLs
package main

import (
	"fmt"
	"net/url"
)

func main() {
	raw := "https://alice:s3cret@shop.example.com:8443/cart/items%2Fall?sort=price&tag=a&tag=b&q=red+shoes#summary"
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	fmt.Println("scheme:", u.Scheme, "opaque:", u.Opaque == "")
	pw, hasPw := u.User.Password()
	fmt.Println("user:", u.User.Username(), pw, hasPw, u.User.String())
	fmt.Println("host:", u.Host, u.Hostname(), u.Port())
	fmt.Println("path:", u.Path, u.RawPath, u.EscapedPath())
	fmt.Println("fragment:", u.Fragment, "raw query:", u.RawQuery)

	q := u.Query()
	fmt.Println(q.Get("sort"), q["tag"], q.Get("q"), q.Get("missing") == "", q.Has("tag"))
	q.Del("tag")
	q.Set("page", "2")
	u.RawQuery = q.Encode()
	u.User = nil
	u.Fragment = ""
	fmt.Println(u)

	for _, s := range []string{"mailto:bo@example.org", "/relative/path?x=1", "//cdn.example.net/lib.js", "file:///tmp/a.txt"} {
		v, err := url.Parse(s)
		fmt.Printf("%-28s abs=%-5v scheme=%q host=%q path=%q opaque=%q err=%v\n", s, v.IsAbs(), v.Scheme, v.Host, v.Path, v.Opaque, err)
	}

	base, _ := url.Parse("https://example.com/a/b/c")
	for _, ref := range []string{"d", "../e", "/f", "?g=1", "https://other.org/"} {
		r, _ := url.Parse(ref)
		fmt.Println(ref, "->", base.ResolveReference(r))
	}

	built := &url.URL{Scheme: "http", Host: "localhost:8080", Path: "/search results", RawQuery: url.Values{"q": {"go & yaegi"}}.Encode()}
	fmt.Println(built.String(), built.RequestURI())
	fmt.Println(url.PathEscape("a/b c"), url.QueryEscape("a/b c"), url.UserPassword("u", "p@ss").String())
	if _, err := url.Parse("ht tp://bad"); err != nil {
		fmt.Println("error:", err)
	}
	_, err = url.ParseQuery("a=1&b=%zz")
	fmt.Println(err)
	jp := url.URL{Scheme: "https", Host: "example.com"}
	fmt.Println(jp.JoinPath("docs", "..", "api", "v2"))
}
