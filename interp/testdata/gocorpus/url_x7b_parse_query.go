// Exercises: net/url Parse and its fields, Query/Values Encode (sorted), QueryEscape/PathEscape, ResolveReference, *url.Error via errors.As, path.Clean/Join and filepath.Ext/Base.
package main

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
)

func main() {
	u, err := url.Parse("https://user:pw@example.com:8443/a/b/../c%20d?q=go+lang&tag=x&tag=y#frag")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment)
	fmt.Println(u.User.Username(), u.User.String(), u.EscapedPath())
	q := u.Query()
	fmt.Println(q.Get("q"), q["tag"], q.Has("none"))
	q.Set("page", "2")
	q.Add("tag", "z y")
	q.Del("q")
	fmt.Println(q.Encode())
	ref, _ := url.Parse("../other?x=1")
	fmt.Println(u.ResolveReference(ref))
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
	un, err := url.QueryUnescape("%zz")
	fmt.Printf("%q %v\n", un, err)
	for _, bad := range []string{"http://[::1]:namedport", "%zz", ":nope"} {
		_, err = url.Parse(bad)
		var ue *url.Error
		fmt.Println(errors.As(err, &ue), ue.Op, err)
	}
	fmt.Println(path.Clean("/a/./b/../../c/"), path.Join("a", "b/", "../c"), path.Base("/x/y.txt"))
	fmt.Println(filepath.Ext("archive.tar.gz"), filepath.Base("/tmp/dir/"), filepath.Dir("a/b/c"))
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m)
}
