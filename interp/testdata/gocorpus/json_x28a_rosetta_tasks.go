package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Language struct {
	Name     string   `json:"name"`
	Year     int      `json:"year"`
	Typing   string   `json:"typing,omitempty"`
	Creators []string `json:"creators"`
}

type Task struct {
	ID        int               `json:"id"`
	Title     string            `json:"title"`
	Solved    map[string]bool   `json:"solved"`
	Tags      []string          `json:"tags,omitempty"`
	Meta      map[string]any    `json:"meta,omitempty"`
	Extra     *json.RawMessage  `json:"extra,omitempty"`
	Languages []Language        `json:"-"`
	Notes     map[string]string `json:"notes,omitempty"`
}

const input = `[
 {"id": 1, "title": "100 doors", "solved": {"Go": true, "Python": true, "COBOL": false},
  "tags": ["simple", "loops"], "meta": {"difficulty": 1, "popular": true, "ratio": 0.75}},
 {"id": 2, "title": "N-queens problem", "solved": {"Go": true},
  "extra": {"sizes": [4, 8, 12]}},
 {"id": 3, "title": "LZW compression", "solved": {}, "unknown_field": 42}
]`

func main() {
	var tasks []Task
	if err := json.Unmarshal([]byte(input), &tasks); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, t := range tasks {
		fmt.Printf("%d %-18s solved=%v tags=%q\n", t.ID, t.Title, t.Solved, t.Tags)
		if t.Meta != nil {
			for _, k := range []string{"difficulty", "popular", "ratio"} {
				fmt.Printf("   meta %s = %v (%T)\n", k, t.Meta[k], t.Meta[k])
			}
		}
		if t.Extra != nil {
			fmt.Println("   extra:", string(*t.Extra))
		}
	}

	go1 := Language{Name: "Go", Year: 2009, Typing: "static", Creators: []string{"Griesemer", "Pike", "Thompson"}}
	b, _ := json.Marshal(go1)
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]Language{go1, {Name: "Forth", Year: 1970}}, "", "  ")
	fmt.Println(string(b))

	var generic any
	json.Unmarshal([]byte(`{"b": [1, "two", null, 3.5], "a": {"x": false}}`), &generic)
	fmt.Printf("%v\n", generic)
	m := generic.(map[string]any)
	for _, v := range m["b"].([]any) {
		fmt.Printf("%T ", v)
	}
	fmt.Println()

	var bad Task
	err := json.Unmarshal([]byte(`{"id": "seven"}`), &bad)
	fmt.Println("error:", err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"z": 1, "a": "<tag>", "m": []int{}})
	dec := json.NewDecoder(strings.NewReader(`{"name":"C","year":1972} {"name":"Lisp","year":1958}`))
	for dec.More() {
		var l Language
		if err := dec.Decode(&l); err != nil {
			break
		}
		fmt.Printf("%+v\n", l)
	}
}
