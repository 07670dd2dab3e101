package main

import (
	"errors"
	"fmt"
	"html"
	"strings"
)

type Context map[string]any

var ErrUnclosed = errors.New("unclosed tag")

func lookup(ctxs []Context, name string) (any, bool) {
	if name == "." {
		if v, ok := ctxs[len(ctxs)-1]["."]; ok {
			return v, true
		}
	}
	for i := len(ctxs) - 1; i >= 0; i-- {
		if v, ok := ctxs[i][name]; ok {
			return v, true
		}
	}
	return nil, false
}

func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	}
	return true
}

func render(tmpl string, ctxs []Context) (string, error) {
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "{{")
		if i < 0 {
			b.WriteString(tmpl)
			return b.String(), nil
		}
		b.WriteString(tmpl[:i])
		j := strings.Index(tmpl[i:], "}}")
		if j < 0 {
			return "", fmt.Errorf("at %d: %w", i, ErrUnclosed)
		}
		tag := strings.TrimSpace(tmpl[i+2 : i+j])
		tmpl = tmpl[i+j+2:]
		switch {
		case strings.HasPrefix(tag, "#"), strings.HasPrefix(tag, "^"):
			name := tag[1:]
			end := "{{/" + name + "}}"
			k := strings.Index(tmpl, end)
			if k < 0 {
				return "", fmt.Errorf("section %q: %w", name, ErrUnclosed)
			}
			inner := tmpl[:k]
			tmpl = tmpl[k+len(end):]
			v, _ := lookup(ctxs, name)
			if tag[0] == '^' {
				if truthy(v) {
					continue
				}
				v = true
			}
			items, isList := v.([]any)
			if !isList && truthy(v) {
				items = []any{v}
			}
			for _, it := range items {
				c, ok := it.(Context)
				if !ok {
					c = Context{".": it}
				}
				s, err := render(inner, append(ctxs, c))
				if err != nil {
					return "", err
				}
				b.WriteString(s)
			}
		case strings.HasPrefix(tag, "&"):
			v, _ := lookup(ctxs, strings.TrimSpace(tag[1:]))
			fmt.Fprint(&b, v)
		default:
			if v, ok := lookup(ctxs, tag); ok {
				b.WriteString(html.EscapeString(fmt.Sprint(v)))
			}
		}
	}
}

func main() {
	ctx := Context{
		"name":  "Gopher <admin>",
		"items": []any{Context{"n": "apple", "q": 3}, Context{"n": "pear", "q": 0}},
		"tags":  []any{"go", "fast", 42},
		"empty": []any{},
		"vip":   true,
	}
	tmpls := []string{
		"Hello {{name}} / {{& name}}!",
		"{{#items}}- {{n}} x{{q}}{{#vip}} (vip {{name}}){{/vip}}\n{{/items}}",
		"tags:{{#tags}} [{{.}}]{{/tags}}; none:{{^empty}} (no items){{/empty}}",
		"{{missing}}|{{#missing}}never{{/missing}}|{{^missing}}inverted{{/missing}}",
		"broken {{name",
		"{{#items}} no end",
	}
	for _, t := range tmpls {
		out, err := render(t, []Context{ctx})
		fmt.Printf("%q err=%v unclosed=%t\n", out, err, errors.Is(err, ErrUnclosed))
	}
}
