package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

const input = `[1,{"c":"red","b":2},3,{"a":[4,{"d":"red","e":5}],"f":-2},{"g":{"h":"blue","i":[7,8]}},"red",[10,"x"]]`

func sum(v any, skipRed bool) float64 {
	switch t := v.(type) {
	case float64:
		return t
	case []any:
		s := 0.0
		for _, x := range t {
			s += sum(x, skipRed)
		}
		return s
	case map[string]any:
		if skipRed {
			for _, x := range t {
				if x == "red" {
					return 0
				}
			}
		}
		s := 0.0
		for _, x := range t {
			s += sum(x, skipRed)
		}
		return s
	}
	return 0
}

type Stats struct {
	Numbers int            `json:"numbers"`
	Strings []string       `json:"strings,omitempty"`
	Depth   int            `json:"max_depth"`
	Keys    map[string]int `json:"keys"`
	private int
}

func walk(v any, depth int, st *Stats) {
	st.Depth = max(st.Depth, depth)
	switch t := v.(type) {
	case float64:
		st.Numbers++
	case string:
		st.Strings = append(st.Strings, t)
	case []any:
		for _, x := range t {
			walk(x, depth+1, st)
		}
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			st.Keys[k]++
			walk(t[k], depth+1, st)
		}
	}
}

func main() {
	var doc any
	if err := json.Unmarshal([]byte(input), &doc); err != nil {
		panic(err)
	}
	fmt.Println("part1:", sum(doc, false))
	fmt.Println("part2:", sum(doc, true))
	st := Stats{Keys: map[string]int{}}
	walk(doc, 0, &st)
	out, _ := json.MarshalIndent(st, "", "  ")
	fmt.Println(string(out))
	var back Stats
	if err := json.Unmarshal(out, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", back)
	var bad []int
	err := json.Unmarshal([]byte(`[1,"two"]`), &bad)
	fmt.Printf("%v | %T\n", err, err)
}
