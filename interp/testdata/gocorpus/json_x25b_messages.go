package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Message struct {
	Name string   `json:"name"`
	Body string   `json:"body,omitempty"`
	Time int64    `json:"time"`
	Tags []string `json:"tags,omitempty"`
	priv int
}

type Envelope struct {
	Type string          `json:"type"`
	Msg  json.RawMessage `json:"msg"`
}

type Ping struct {
	Seq int `json:"seq"`
}

func main() {
	m := Message{"Alice", "Hello", 1294706395881547000, nil, 7}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)

	var back Message
	err = json.Unmarshal([]byte(`{"name":"Bob","Food":"Pickle","time":42,"tags":["a","b"]}`), &back)
	fmt.Printf("%+v %v\n", back, err)

	var f any
	json.Unmarshal([]byte(`{"Name":"Wednesday","Age":6,"Parents":["Gomez","Morticia"],"Pet":null}`), &f)
	mm := f.(map[string]any)
	fmt.Println(mm)
	for _, k := range []string{"Age", "Name", "Parents", "Pet"} {
		switch vv := mm[k].(type) {
		case string:
			fmt.Println(k, "is string", vv)
		case float64:
			fmt.Println(k, "is float64", vv)
		case []any:
			fmt.Println(k, "is an array of", len(vv))
		case nil:
			fmt.Println(k, "is null")
		}
	}

	dec := json.NewDecoder(strings.NewReader(`
{"type":"ping","msg":{"seq":1}}
{"type":"message","msg":{"name":"Ed","time":3}}
{"type":"ping","msg":{"seq":2}}
`))
	for dec.More() {
		var env Envelope
		if err := dec.Decode(&env); err != nil {
			fmt.Println("err", err)
			break
		}
		switch env.Type {
		case "ping":
			var p Ping
			json.Unmarshal(env.Msg, &p)
			fmt.Println("ping", p.Seq)
		case "message":
			var msg Message
			json.Unmarshal(env.Msg, &msg)
			fmt.Printf("message %#v\n", msg)
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"z": 1, "a": []int{1, 2}, "m": m})
	var bad Message
	err = json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
	}
	fmt.Println(ute != nil, ute.Field, ute.Value)
}
