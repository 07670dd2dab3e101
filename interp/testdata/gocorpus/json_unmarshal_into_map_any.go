// Exercises: decoding arbitrary JSON into map[string]any and inspecting dynamic types.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func main() {
	raw := `{"n": 3, "f": 2.5, "s": "txt", "b": false, "null": null, "arr": [1, "two"], "obj": {"k": 1}}`
	var m map[string]any
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		panic(err)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %T %v\n", k, m[k], m[k])
	}
	arr := m["arr"].([]any)
	fmt.Println(arr[0].(float64) + 1)
}
