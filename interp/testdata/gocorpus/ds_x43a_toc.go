package main

import (
	"fmt"
	"regexp"
	"strings"
)

const doc = `# Getting Started
Intro text.
## Installation
### From source
### With a package manager
## Configuration
Some text with # not a heading.
### Advanced Options & Tweaks
# API Reference
## Functions
## Types
`

type Heading struct {
	Level    int
	Title    string
	Slug     string
	Children []*Heading
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

func slugify(s string, seen map[string]int) string {
	slug := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(s), "-"), "-")
	seen[slug]++
	if n := seen[slug]; n > 1 {
		slug = fmt.Sprintf("%s-%d", slug, n-1)
	}
	return slug
}

func build(text string) []*Heading {
	root := &Heading{Level: 0}
	stack := []*Heading{root}
	seen := map[string]int{}
	for _, line := range strings.Split(text, "\n") {
		level := 0
		for level < len(line) && line[level] == '#' {
			level++
		}
		if level == 0 || level >= len(line) || line[level] != ' ' {
			continue
		}
		h := &Heading{Level: level, Title: strings.TrimSpace(line[level:])}
		h.Slug = slugify(h.Title, seen)
		for stack[len(stack)-1].Level >= level {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		parent.Children = append(parent.Children, h)
		stack = append(stack, h)
	}
	return root.Children
}

func render(hs []*Heading, depth int, prefix string, b *strings.Builder) {
	for i, h := range hs {
		num := fmt.Sprintf("%s%d.", prefix, i+1)
		fmt.Fprintf(b, "%s%s [%s](#%s)\n", strings.Repeat("  ", depth), num, h.Title, h.Slug)
		render(h.Children, depth+1, num, b)
	}
}

func count(hs []*Heading) (n int) {
	for _, h := range hs {
		n += 1 + count(h.Children)
	}
	return
}

func main() {
	toc := build(doc)
	var b strings.Builder
	render(toc, 0, "", &b)
	fmt.Print(b.String())
	fmt.Println("headings:", count(toc))
	fmt.Printf("%+v\n", *toc[0].Children[0].Children[1])
	seen := map[string]int{}
	for _, s := range []string{"Hello World", "hello-world", "Hello, World!", "  "} {
		fmt.Printf("%q ", slugify(s, seen))
	}
	fmt.Println()
}
