package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

var replacer = strings.NewReplacer("&", " and ", "+", " plus ", "'", "", "ß", "ss")

func slug(s string) string {
	s = replacer.Replace(strings.ToLower(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) && r < unicode.MaxASCII, unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case unicode.IsLetter(r):
			b.WriteRune(fold(r))
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimRight(b.String(), "-")
}

func fold(r rune) rune {
	switch r {
	case 'ä', 'á', 'à':
		return 'a'
	case 'ö', 'ó':
		return 'o'
	case 'ü', 'ú':
		return 'u'
	case 'é', 'è':
		return 'e'
	}
	return 'x'
}

func skuFor(category, name string, n int) string {
	prefix := strings.ToUpper(category)
	if len(prefix) > 3 {
		prefix = prefix[:3]
	}
	initials := ""
	for _, w := range strings.Fields(name) {
		initials += string(unicode.ToUpper([]rune(w)[0]))
	}
	return fmt.Sprintf("%s-%s-%04d", prefix, initials, n)
}

func main() {
	products := []struct{ cat, name string }{
		{"garden", "Rake & Hoe Set"},
		{"kitchen", "Crème Brûlée Torch"},
		{"toys", "Kid's Blocks + Bag"},
		{"garden", "Große Gießkanne"},
		{"office", "  Desk   Lamp -- LED  "},
	}
	seen := map[string]int{}
outer:
	for i, p := range products {
		s := slug(p.name)
		for _, bad := range []string{"torch"} {
			if strings.Contains(s, bad) {
				fmt.Printf("%-24q blocked (%s)\n", p.name, bad)
				continue outer
			}
		}
		seen[s]++
		fmt.Printf("%-24q -> %-22s %s\n", p.name, s, skuFor(p.cat, p.name, (i+1)*37))
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	fmt.Println(keys)
	fmt.Println(strings.EqualFold("GROSSE", "grosse"), strings.Count("cheese", "e"), strings.LastIndex("a-b-c", "-"), strings.TrimFunc("__x__", func(r rune) bool { return r == '_' }))
}
