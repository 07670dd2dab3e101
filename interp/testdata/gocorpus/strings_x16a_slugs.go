package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"unicode"
)

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) && r < 128, unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func camelToSnake(s string) string {
	var out []rune
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				out = append(out, '_')
			}
			r = unicode.ToLower(r)
		}
		out = append(out, r)
	}
	return string(out)
}

func snakeToCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	for _, t := range []string{"Hello, World!", "  Go 1.26 -- Release Notes ", "Crème brûlée"} {
		fmt.Printf("%q\n", slugify(t))
	}
	for _, s := range []string{"userID", "HTTPServer", "parseJSONBody"} {
		sn := camelToSnake(s)
		fmt.Println(s, sn, snakeToCamel(sn))
	}
	for i, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16) {
		fmt.Printf("%2d|%-16s|\n", i, l)
	}
	fmt.Println(path.Join("a", "b/../c", "d.txt"), path.Ext("x.tar.gz"), path.Base("/usr/lib/"), filepath.Dir("a/b/c"))
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m, strings.ContainsFunc("abc1", unicode.IsDigit), strings.IndexByte("golang", 'l'))
}
