// Exercises: json.RawMessage as map[string]json.RawMessage for per-key dispatch, a handler table map[string]func(json.RawMessage) error, RawMessage in a struct re-marshalled unchanged, compaction with json.Compact.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
)

type rpc struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params,omitempty"`
	ID     int             `json:"id"`
}

func main() {
	var sum float64
	var names []string
	handlers := map[string]func(json.RawMessage) error{
		"add": func(m json.RawMessage) error {
			var xs []float64
			err := json.Unmarshal(m, &xs)
			for _, x := range xs {
				sum += x
			}
			return err
		},
		"greet": func(m json.RawMessage) error {
			var p struct{ Name string }
			err := json.Unmarshal(m, &p)
			names = append(names, p.Name)
			return err
		},
	}
	batch := `{"greet": {"Name": "ann"}, "add": [1, 2.5, 3], "shutdown": null, "greet2": 7}`
	var parts map[string]json.RawMessage
	if err := json.Unmarshal([]byte(batch), &parts); err != nil {
		fmt.Println(err)
		return
	}
	keys := make([]string, 0, len(parts))
	for k := range parts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h, ok := handlers[k]
		if !ok {
			fmt.Printf("no handler for %s (raw %s)\n", k, parts[k])
			continue
		}
		fmt.Println(k, h(parts[k]))
	}
	fmt.Println(sum, names)

	out, _ := json.Marshal([]rpc{{"add", json.RawMessage(`[1, 2]`), 1}, {Method: "ping", ID: 2}})
	fmt.Println(string(out))
	var c bytes.Buffer
	err := json.Compact(&c, []byte("{ \"a\" : [ 1 , 2 ] ,\n \"b\" : { } }"))
	fmt.Println(c.String(), err, json.Valid([]byte(`{"a":}`)))
}
