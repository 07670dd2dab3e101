package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

type Heading struct {
	Level int
	Text  string
	Slug  string
}

func slugify(s string, seen map[string]int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case r == ' ' || r == '-' || r == '_':
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	slug := strings.TrimRight(b.String(), "-")
	if n := seen[slug]; n > 0 {
		seen[slug]++
		return fmt.Sprintf("%s-%d", slug, n)
	}
	seen[slug] = 1
	return slug
}

func parseHeadings(doc string) []Heading {
	var hs []Heading
	seen := map[string]int{}
	inFence := false
	sc := bufio.NewScanner(strings.NewReader(doc))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		if inFence || !strings.HasPrefix(line, "#") {
			continue
		}
		level := len(line) - len(strings.TrimLeft(line, "#"))
		if level > 6 || len(line) == level || line[level] != ' ' {
			continue
		}
		text := strings.TrimSpace(strings.TrimRight(line[level:], "# "))
		hs = append(hs, Heading{level, text, slugify(text, seen)})
	}
	return hs
}

func toc(hs []Heading) string {
	if len(hs) == 0 {
		return ""
	}
	base := hs[0].Level
	for _, h := range hs {
		base = min(base, h.Level)
	}
	var b strings.Builder
	for _, h := range hs {
		fmt.Fprintf(&b, "%s- [%s](#%s)\n", strings.Repeat("  ", h.Level-base), h.Text, h.Slug)
	}
	return b.String()
}

const doc = "# Project Gopher\nIntro text.\n## Getting Started\n### Install\n```sh\n# not a heading\n```\n### Install\n## API & Usage ##\n####### too deep\n#nospace\n## Ünïcode Héadings_2\n## FAQ\n### Why Go?\n"

func main() {
	hs := parseHeadings(doc)
	for _, h := range hs {
		fmt.Printf("%d %-22q %s\n", h.Level, h.Text, h.Slug)
	}
	fmt.Print(toc(hs))
	fmt.Printf("%q\n", toc(nil))
	counts := map[int]int{}
	for _, h := range hs {
		counts[h.Level]++
	}
	fmt.Println(counts)
}
