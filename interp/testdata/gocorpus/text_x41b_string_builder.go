package main

import (
	"fmt"
	"strings"
	"unicode"
)

type HTMLBuilder struct {
	sb     strings.Builder
	depth  int
	indent string
}

func NewHTMLBuilder() *HTMLBuilder {
	return &HTMLBuilder{indent: "  "}
}

func (h *HTMLBuilder) line(s string) *HTMLBuilder {
	h.sb.WriteString(strings.Repeat(h.indent, h.depth))
	h.sb.WriteString(s)
	h.sb.WriteByte('\n')
	return h
}

func (h *HTMLBuilder) Open(tag string, attrs ...string) *HTMLBuilder {
	var b strings.Builder
	b.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		fmt.Fprintf(&b, " %s=%q", attrs[i], attrs[i+1])
	}
	b.WriteRune('>')
	h.line(b.String())
	h.depth++
	return h
}

func (h *HTMLBuilder) Close(tag string) *HTMLBuilder {
	h.depth--
	return h.line("</" + tag + ">")
}

func (h *HTMLBuilder) Text(s string) *HTMLBuilder {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	return h.line(r.Replace(s))
}

func (h *HTMLBuilder) String() string { return h.sb.String() }

func toCamelCase(s string) string {
	var sb strings.Builder
	upper := false
	for i, r := range s {
		switch {
		case r == '_' || r == '-' || r == ' ':
			upper = true
		case upper:
			sb.WriteRune(unicode.ToUpper(r))
			upper = false
		case i == 0:
			sb.WriteRune(unicode.ToLower(r))
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func toSnakeCase(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			sb.WriteRune(unicode.ToLower(r))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func padCenter(s string, width int, fill rune) string {
	n := width - len([]rune(s))
	if n <= 0 {
		return s
	}
	left := n / 2
	return strings.Repeat(string(fill), left) + s + strings.Repeat(string(fill), n-left)
}

func main() {
	h := NewHTMLBuilder()
	h.Open("ul", "class", "list", "id", "main")
	for _, item := range []string{"Tom & Jerry", "a < b", "plain"} {
		h.Open("li").Text(item).Close("li")
	}
	h.Close("ul")
	fmt.Print(h)
	for _, s := range []string{"user_first_name", "HTTP-request id", "already"} {
		c := toCamelCase(s)
		fmt.Printf("%-18q -> %-16s -> %s\n", s, c, toSnakeCase(c))
	}
	fmt.Println("[" + padCenter("héllo", 11, '*') + "]")
	fmt.Println("[" + padCenter("toolongvalue", 5, '-') + "]")
	words := strings.Fields("  the quick  brown fox jumps over the lazy dog ")
	var sb strings.Builder
	sb.Grow(64)
	for i := len(words) - 1; i >= 0; i-- {
		sb.WriteString(strings.ToUpper(words[i][:1]) + words[i][1:])
		if i > 0 {
			sb.WriteString(" ")
		}
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Title("x"), strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, " a b\tc\n"))
}
