// Exercises: net/url: Parse a full URL, scheme, user info, host and port, path, fragment, query values, building a URL with url.Values, escaping.
package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v&k=w&x=1#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host, port, u.Hostname(), u.Port())
	fmt.Println(u.Path)
	fmt.Println(u.Fragment)
	fmt.Println(u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m)
	fmt.Println(m["k"][0], m.Get("x"), u.Query().Get("k"))
	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Co")
	fmt.Println(v.Encode())
	built := url.URL{Scheme: "https", Host: "example.com", Path: "/a b/c", RawQuery: v.Encode()}
	fmt.Println(built.String())
	fmt.Println(url.QueryEscape("a/b c?"), url.PathEscape("a/b c?"))
	un, err := url.QueryUnescape("a%2Fb+c%3F")
	fmt.Println(un, err)
	_, err = url.Parse("http://[::1")
	fmt.Println(err != nil)
	rel, _ := url.Parse("../x?y=1")
	base, _ := url.Parse("http://h.com/a/b/c")
	fmt.Println(base.ResolveReference(rel))
}
