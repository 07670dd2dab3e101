package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

const doc = "# Project Title\n\nIntro text.\n\n## Getting Started\n\n```sh\n# not a heading\ngo install ./...\n```\n\n### Prerequisites & Setup\n\n## Usage\n\n### CLI flags (`-v`, `-n`)\n\n## Usage\n\n#### Deep/Nested heading!\n\n# FAQ\n"

type heading struct {
	level  int
	text   string
	anchor string
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}\s-]`)

func slugify(s string, seen map[string]int) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = nonWord.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '-'
		}
		return r
	}, s)
	base := s
	if n := seen[base]; n > 0 {
		s = fmt.Sprintf("%s-%d", base, n)
	}
	seen[base]++
	return s
}

func headings(md string) []heading {
	var hs []heading
	seen := map[string]int{}
	inFence := false
	sc := bufio.NewScanner(strings.NewReader(md))
	re := regexp.MustCompile(`^(#{1,6})\s+(.+?)\s*#*$`)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		m := re.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		hs = append(hs, heading{len(m[1]), m[2], slugify(m[2], seen)})
	}
	return hs
}

func main() {
	hs := headings(doc)
	minLevel := 6
	for _, h := range hs {
		minLevel = min(minLevel, h.level)
	}
	fmt.Println("## Table of Contents")
	for _, h := range hs {
		indent := strings.Repeat("  ", h.level-minLevel)
		fmt.Printf("%s- [%s](#%s)\n", indent, h.text, h.anchor)
	}
	counts := make([]int, 7)
	for _, h := range hs {
		counts[h.level]++
	}
	fmt.Println("per level:", counts[1:])
	fmt.Printf("%q\n", regexp.MustCompile(`\s+`).Split(" a  b\tc ", -1))
	fmt.Println(nonWord.String())
}
