// Exercises: decoding JSON into map[string]any and walking it with type switches.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func walk(v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s%s:\n", pad, k)
			walk(x[k], indent+1)
		}
	case []any:
		for i, e := range x {
			fmt.Printf("%s[%d]\n", pad, i)
			walk(e, indent+1)
		}
	case float64:
		fmt.Printf("%snumber %v\n", pad, x)
	case string:
		fmt.Printf("%sstring %q\n", pad, x)
	case bool:
		fmt.Printf("%sbool %v\n", pad, x)
	case nil:
		fmt.Printf("%snull\n", pad)
	}
}

func main() {
	doc := `{"name":"widget","price":9.5,"tags":["a","b"],"stock":null,
	         "dims":{"w":2,"h":3.25},"active":true}`
	var v map[string]any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println(err)
		return
	}
	walk(v, 0)
	price := v["price"].(float64)
	tags := v["tags"].([]any)
	fmt.Println(price*2, len(tags), tags[0].(string))
	out, _ := json.Marshal(v)
	fmt.Println(string(out))
}
