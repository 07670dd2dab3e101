package main

import (
	"fmt"
	"sort"
	"strings"
)

type Row []any

type Doc map[string]any

func describe(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case []any:
		return "list"
	case map[string]any:
		return "object"
	case Row:
		return "row"
	case Doc:
		return "doc"
	case []error:
		return "errors"
	case chan any:
		return "channel"
	case *any:
		return "pointer"
	case string, float64, bool:
		return "scalar"
	}
	return "unknown"
}

func shape(v any) string {
	switch v.(type) {
	case []any:
		return "[...]"
	case map[string]any:
		return "{...}"
	case []error:
		return "errs"
	}
	return "."
}

func render(v any, b *strings.Builder) {
	switch x := v.(type) {
	case []any:
		b.WriteString("[")
		for i, e := range x {
			if i > 0 {
				b.WriteString(",")
			}
			render(e, b)
		}
		b.WriteString("]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(b, "%q:", k)
			render(x[k], b)
		}
		b.WriteString("}")
	default:
		fmt.Fprintf(b, "%v", x)
	}
}

func main() {
	var p any = 1
	values := []any{nil, []any{1, "a"}, map[string]any{"k": 1.5}, Row{1}, Doc{"a": true},
		[]error{fmt.Errorf("x")}, make(chan any), &p, "s", 2.5, true, 7}
	for _, v := range values {
		fmt.Print(describe(v), shape(v), " ")
	}
	fmt.Println()
	var b strings.Builder
	render(map[string]any{"list": []any{1.0, "two", map[string]any{"z": nil}}, "n": 3}, &b)
	fmt.Println(b.String())
	counts := map[string]int{}
	for _, v := range values {
		switch v.(type) {
		case []any, Row:
			counts["seq"]++
		case map[string]any, Doc:
			counts["map"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
}
