package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Op struct {
	Kind  string          `json:"op"`
	Key   string          `json:"key"`
	Value json.RawMessage `json:"value,omitempty"`
	TTL   *int            `json:"ttl,omitempty"`
}

type Snapshot struct {
	Version int                        `json:"version"`
	Data    map[string]json.RawMessage `json:"data"`
	Meta    struct {
		Ops     int      `json:"ops"`
		Deleted []string `json:"deleted"`
	} `json:"meta"`
}

const journal = `
{"op":"set","key":"user:1","value":{"name":"ann","age":31}}
{"op":"set","key":"counter","value":41}
{"op":"set","key":"tags","value":["a","b"],"ttl":60}
{"op":"incr","key":"counter"}
{"op":"del","key":"tags"}
{"op":"set","key":"motd","value":"hello \u00e9"}
{"op":"bogus","key":"x"}
{"op":"set","key":"broken","value":
`

func main() {
	dec := json.NewDecoder(strings.NewReader(journal))
	snap := Snapshot{Version: 1, Data: map[string]json.RawMessage{}}
	for {
		var op Op
		err := dec.Decode(&op)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("journal error:", err)
			break
		}
		snap.Meta.Ops++
		switch op.Kind {
		case "set":
			snap.Data[op.Key] = op.Value
			if op.TTL != nil {
				fmt.Printf("%s expires in %ds\n", op.Key, *op.TTL)
			}
		case "del":
			delete(snap.Data, op.Key)
			snap.Meta.Deleted = append(snap.Meta.Deleted, op.Key)
		case "incr":
			var n int
			if err := json.Unmarshal(snap.Data[op.Key], &n); err != nil {
				fmt.Println("incr:", err)
				continue
			}
			snap.Data[op.Key], _ = json.Marshal(n + 1)
		default:
			fmt.Printf("unknown op %q\n", op.Kind)
		}
	}
	out, err := json.Marshal(snap)
	fmt.Println(string(out), err)

	var generic map[string]any
	json.Unmarshal(out, &generic)
	data := generic["data"].(map[string]any)
	keys := make([]string, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-7s %T %v\n", k, data[k], data[k])
	}
	var user struct {
		Name string
		Age  int `json:"age"`
	}
	json.Unmarshal(snap.Data["user:1"], &user)
	fmt.Printf("%+v\n", user)
	pretty, _ := json.MarshalIndent(snap.Meta, ">", "\t")
	fmt.Println(string(pretty))
	fmt.Println(json.Valid([]byte(`{"a":}`)), json.Valid(out))
}
