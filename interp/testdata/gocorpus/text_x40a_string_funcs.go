package main

import (
	"fmt"
	s "strings"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Fields:    ", s.Fields("  lots   of  space "))
	p("Title-ish: ", s.ToUpper("hello"[:1])+"hello"[1:])
	p("TrimSpace: ", s.TrimSpace("\t pad \n"))
	p("Trim:      ", s.Trim("xxhixx", "x"), s.TrimLeft("001200", "0"), s.TrimSuffix("file.go", ".go"))
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	before, after, found := s.Cut("key=value=x", "=")
	p("Cut:       ", before, after, found)
	p("SplitN:    ", s.SplitN("a,b,c,d", ",", 2), len(s.SplitN("a,b,c,d", ",", 2)))
	p("LastIndex: ", s.LastIndex("go gopher", "go"), s.IndexByte("golang", 'l'), s.IndexRune("chicken", 'k'))
	p("ContainsAny", s.ContainsAny("failure", "ui"), s.ContainsRune("abc", 'b'))

	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p(r.Replace("<b>bold</b>"))

	var b s.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	p(b.String(), b.Len())

	rd := s.NewReader("hello world")
	buf := make([]byte, 5)
	n, _ := rd.Read(buf)
	p(n, string(buf), rd.Len())
	p(s.Title("x") == "X", s.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))
	for part := range s.SplitSeq("x;y;z", ";") {
		fmt.Print("[", part, "]")
	}
	p()
	p(s.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
}
