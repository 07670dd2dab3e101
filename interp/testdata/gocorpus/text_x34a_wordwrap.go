package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	for _, word := range strings.Fields(text) {
		if line.Len() > 0 && utf8.RuneCountInString(line.String())+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(word)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	gaps := len(words) - 1
	spaces := width - utf8.RuneCountInString(strings.Join(words, ""))
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	pad := width - utf8.RuneCountInString(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func main() {
	text := `Go is an open source programming language that makes it simple to build
	secure, scalable systems. Its concurrency mechanisms make it easy to write programs
	that get the most out of multicore and networked machines — naïvely or not.`
	const width = 30
	fmt.Println("+" + strings.Repeat("-", width) + "+")
	fmt.Println("|" + center("ABOUT GO", width) + "|")
	lines := wrap(text, width)
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, width)
		}
		fmt.Printf("|%-*s|\n", width, l)
	}
	fmt.Println("+" + strings.Repeat("-", width) + "+")

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(r.Replace(`if a < b && c > "d" {`))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))

	s := "one,two,,three"
	fmt.Printf("%q\n", strings.Split(s, ","))
	fmt.Printf("%q\n", strings.SplitN(s, ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter(s, ","))
	fmt.Printf("%q\n", strings.FieldsFunc(s, func(r rune) bool { return r == ',' }))
	before, after, found := strings.Cut("key: value: more", ": ")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok, strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "nl"), strings.ContainsRune("abc", 'c'))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.Trim("  \t hi \n", " \t\n"))
	fmt.Printf("[%6.2s][%-8s][%8q][%x]\n", "abcdef", "ab", "q", "hi")
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
	for line := range strings.Lines("a\nb\n\nc") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("x|y|z", "|") {
		fmt.Print(part, ";")
	}
	fmt.Println()
}
