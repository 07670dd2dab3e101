package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Printer struct {
	sb     strings.Builder
	indent string
	depth  int
}

func (p *Printer) nl() {
	p.sb.WriteByte('\n')
	p.sb.WriteString(strings.Repeat(p.indent, p.depth))
}

func (p *Printer) Print(v any) {
	switch x := v.(type) {
	case nil:
		p.sb.WriteString("null")
	case bool:
		p.sb.WriteString(strconv.FormatBool(x))
	case float64:
		p.sb.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
	case json.Number:
		p.sb.WriteString(x.String())
	case string:
		p.sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			p.sb.WriteString("[]")
			return
		}
		simple := true
		for _, e := range x {
			switch e.(type) {
			case map[string]any, []any:
				simple = false
			}
		}
		if simple {
			p.sb.WriteByte('[')
			for i, e := range x {
				if i > 0 {
					p.sb.WriteString(", ")
				}
				p.Print(e)
			}
			p.sb.WriteByte(']')
			return
		}
		p.sb.WriteByte('[')
		p.depth++
		for i, e := range x {
			if i > 0 {
				p.sb.WriteByte(',')
			}
			p.nl()
			p.Print(e)
		}
		p.depth--
		p.nl()
		p.sb.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		p.sb.WriteByte('{')
		p.depth++
		for i, k := range keys {
			if i > 0 {
				p.sb.WriteByte(',')
			}
			p.nl()
			fmt.Fprintf(&p.sb, "%q: ", k)
			p.Print(x[k])
		}
		p.depth--
		if len(keys) > 0 {
			p.nl()
		}
		p.sb.WriteByte('}')
	default:
		fmt.Fprintf(&p.sb, "<%T>", x)
	}
}

const doc = `{"name":"tiny-lang","version":1.2,"tags":["lexer","parser",null],
"grammar":{"expr":["term",{"op":"+"}],"term":"factor","empty":{}},
"big":12345678901234567890,"ok":true,"nested":[[1,2],[3,[4]]],"none":[]}`

func main() {
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println("error:", err)
		return
	}
	p := &Printer{indent: "  "}
	p.Print(v)
	fmt.Println(p.sb.String())

	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var w map[string]any
	if err := dec.Decode(&w); err != nil {
		fmt.Println("error:", err)
	}
	q := &Printer{indent: "\t"}
	q.Print(w["big"])
	q.Print(w["version"])
	fmt.Println(q.sb.String())
	fmt.Printf("%T %T %v\n", w["big"], v.(map[string]any)["big"], w["tags"])

	var bad any
	err := json.Unmarshal([]byte(`{"a": [1, 2,]}`), &bad)
	fmt.Println("bad:", err)
	var se *json.SyntaxError
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
		fmt.Println("offset", se.Offset)
	}
}
