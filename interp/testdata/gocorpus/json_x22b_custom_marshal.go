package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = []string{"debug", "info", "warn", "error"}

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(levelNames[l]) }

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range levelNames {
		if n == s {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

type Entry struct {
	Time    int            `json:"ts"`
	Level   Level          `json:"level"`
	Msg     string         `json:"msg"`
	Fields  map[string]any `json:"fields,omitempty"`
	Tags    []string       `json:"tags,omitempty"`
	Source  *string        `json:"source,omitempty"`
	private int
	Extra   json.RawMessage `json:"extra,omitempty"`
}

const logs = `{"ts": 3, "level": "warn", "msg": "disk low", "fields": {"pct": 91.5, "dev": "sda"}}
{"ts": 1, "level": "info", "msg": "start", "tags": ["boot"]}
{"ts": 2, "level": "debug", "msg": "tick", "extra": {"n": [1,2,3]}}
{"ts": 4, "level": "fatal", "msg": "boom"}
{"ts": 5, "level": "error", "msg": "oops", "source": "main.go"}`

func main() {
	dec := json.NewDecoder(strings.NewReader(logs))
	var entries []Entry
	for dec.More() {
		var e Entry
		if err := dec.Decode(&e); err != nil {
			fmt.Println("decode error:", err)
			continue
		}
		entries = append(entries, e)
	}
	counts := map[Level]int{}
	for _, e := range entries {
		counts[e.Level]++
		out, err := json.Marshal(e)
		fmt.Println(string(out), err)
	}
	fmt.Println(counts)
	b, _ := json.MarshalIndent(map[string]any{
		"count":  len(entries),
		"levels": counts,
		"first":  entries[0].Msg,
		"nil":    nil,
		"html":   "<a&b>",
	}, "", "  ")
	fmt.Println(string(b))
	var buf bytes.Buffer
	json.Compact(&buf, []byte("{ \"a\" : [ 1, 2 ] ,\n \"b\": {} }"))
	fmt.Println(buf.String())
	var generic []map[string]any
	json.Unmarshal([]byte(`[{"x":1,"y":[true,null,"s"]},{"z":1e3}]`), &generic)
	fmt.Printf("%v %T\n", generic, generic[1]["z"])
	var bad struct{ N int }
	err := json.Unmarshal([]byte(`{"N":"five"}`), &bad)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, fmt.Sprint(ute == nil))
}
