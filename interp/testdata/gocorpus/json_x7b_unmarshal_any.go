// Exercises: json.Unmarshal into structs, map[string]any and []any, a recursive flattener with a type switch and %T counts, unknown fields ignored.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Config struct {
	Name    string            `json:"name"`
	Port    int               `json:"port"`
	Debug   bool              `json:"debug"`
	Servers []string          `json:"servers"`
	Limits  map[string]int    `json:"limits"`
	Extra   map[string]string `json:"extra"`
}

const input = `{"name":"svc","port":8080,"debug":true,"servers":["a","b"],
"limits":{"cpu":2,"mem":512},"unknown":42}`

// flatten writes every leaf as path=value and counts the kinds it saw.
func flatten(v any, path string, out *[]string, kinds map[string]int) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			flatten(e, path+"."+k, out, kinds)
		}
		return
	case []any:
		for i, e := range x {
			flatten(e, fmt.Sprintf("%s[%d]", path, i), out, kinds)
		}
		return
	}
	kinds[fmt.Sprintf("%T", v)]++
	*out = append(*out, fmt.Sprintf("%s=%v", path, v))
}

func main() {
	var c Config
	err := json.Unmarshal([]byte(input), &c)
	fmt.Printf("%+v %v\n", c, err)
	fmt.Println(c.Extra == nil, len(c.Limits))

	var generic any
	json.Unmarshal([]byte(`{"a":[1,"two",true,null,{"b":2.5}],"c":"d"}`), &generic)
	var leaves []string
	kinds := map[string]int{}
	flatten(generic, "$", &leaves, kinds)
	sort.Strings(leaves)
	fmt.Println(strings.Join(leaves, " "), kinds)

	var list []any
	json.Unmarshal([]byte(`[1, 2.5, "x"]`), &list)
	fmt.Printf("%v %T\n", list, list[0])
}
