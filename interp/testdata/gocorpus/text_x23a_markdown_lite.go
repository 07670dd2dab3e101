package main

import (
	"fmt"
	"html"
	"strings"
)

type Block interface{ HTML() string }

type Heading struct {
	Level int
	Text  string
}
type Para struct{ Lines []string }
type List struct {
	Ordered bool
	Items   []string
}
type CodeBlock struct{ Code []string }

func inline(s string) string {
	s = html.EscapeString(s)
	var sb strings.Builder
	bold, code := false, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '`':
			code = !code
			sb.WriteString(map[bool]string{true: "<code>", false: "</code>"}[code])
		case !code && strings.HasPrefix(s[i:], "**"):
			bold = !bold
			sb.WriteString(map[bool]string{true: "<b>", false: "</b>"}[bold])
			i++
		default:
			sb.WriteByte(s[i])
		}
	}
	return sb.String()
}

func (h Heading) HTML() string { return fmt.Sprintf("<h%d>%s</h%d>", h.Level, inline(h.Text), h.Level) }
func (p Para) HTML() string    { return "<p>" + inline(strings.Join(p.Lines, " ")) + "</p>" }
func (l List) HTML() string {
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	var sb strings.Builder
	sb.WriteString("<" + tag + ">")
	for _, it := range l.Items {
		sb.WriteString("<li>" + inline(it) + "</li>")
	}
	return sb.String() + "</" + tag + ">"
}
func (c CodeBlock) HTML() string {
	return "<pre>" + html.EscapeString(strings.Join(c.Code, "\n")) + "</pre>"
}

func Parse(src string) []Block {
	var out []Block
	var cur Block
	flush := func() {
		if cur != nil {
			out = append(out, cur)
			cur = nil
		}
	}
	inCode := false
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "```") {
			if inCode {
				flush()
			} else {
				flush()
				cur = CodeBlock{}
			}
			inCode = !inCode
			continue
		}
		if inCode {
			cb := cur.(CodeBlock)
			cb.Code = append(cb.Code, line)
			cur = cb
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "#"):
			flush()
			lvl := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			out = append(out, Heading{lvl, strings.TrimSpace(trimmed[lvl:])})
		case strings.HasPrefix(trimmed, "- "), len(trimmed) > 2 && trimmed[0] >= '0' && trimmed[0] <= '9' && trimmed[1] == '.':
			ordered := trimmed[0] != '-'
			item := strings.TrimSpace(trimmed[2:])
			if l, ok := cur.(List); ok && l.Ordered == ordered {
				l.Items = append(l.Items, item)
				cur = l
			} else {
				flush()
				cur = List{ordered, []string{item}}
			}
		default:
			if p, ok := cur.(Para); ok {
				p.Lines = append(p.Lines, trimmed)
				cur = p
			} else {
				flush()
				cur = Para{[]string{trimmed}}
			}
		}
	}
	flush()
	return out
}

func main() {
	doc := "# Tiny **Lisp**\n\nA *toy* interpreter with `eval` & `apply`.\nIt is <small>.\n\n- atoms\n- lists\n1. read\n2. eval\n\n```\nif x < 1 {\n}\n```\n## End"
	blocks := Parse(doc)
	for _, b := range blocks {
		fmt.Printf("%-10T %s\n", b, b.HTML())
	}
}
