// Exercises: the strings package functions tutorials list: Contains, Count, HasPrefix, Index, Join, Repeat, Replace, Split, Fields, Title-casing, Trim, Map, Cut, EqualFold.
package main

import (
	"fmt"
	s "strings"
	"unicode"
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
	p("Fields:    ", s.Fields("  a b   c "), len(s.Fields("  a b   c ")))
	p("TrimSpace: ", s.TrimSpace("  x  ")+"|")
	p("Trim:      ", s.Trim("--x--", "-"), s.TrimLeft("xxy", "x"), s.TrimPrefix("prefix-body", "prefix-"))
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	rot := s.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r + 1
		}
		return r
	}, "HAL 9000")
	p("Map:       ", rot)
	p("LastIndex: ", s.LastIndex("go gopher", "go"), s.IndexByte("abc", 'c'), s.IndexRune("chicken", 'k'))
	p("SplitN:    ", s.SplitN("a,b,c,d", ",", 2), s.Title("x") == "X")
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p("Replacer:  ", r.Replace("<b>hi</b>"))
	for part := range s.SplitSeq("x;y;z", ";") {
		fmt.Print(part, ".")
	}
	p()
	p(s.ContainsAny("hello", "xyz"), s.ContainsRune("hello", 'l'), s.Fields(""))
}
