// Streaming JSON with json.Decoder, custom Marshaler and Unmarshaler
// methods on an enum type, and embedded structs.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
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

func (l Level) String() string { return levelNames[l] }

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(l.String())
}

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

type Source struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

type Record struct {
	Source
	Level Level             `json:"level"`
	Msg   string            `json:"msg"`
	Attrs map[string]string `json:"attrs,omitempty"`
}

const stream = `
{"file": "main.go", "line": 10, "level": "info", "msg": "starting"}
{"file": "db.go", "line": 42, "level": "warn", "msg": "slow query", "attrs": {"ms": "250", "table": "users"}}
{"file": "db.go", "line": 77, "level": "error", "msg": "connection lost"}
{"file": "main.go", "line": 12, "level": "fatal", "msg": "bad level"}
{"file": "main.go", "line": 99, "level": "debug", "msg": "done"}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	counts := make([]int, len(levelNames))
	for {
		var r Record
		err := dec.Decode(&r)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		counts[r.Level]++
		fmt.Printf("%-5v %s:%d %s %v\n", r.Level, r.File, r.Line, r.Msg, r.Attrs)
	}
	fmt.Println(counts)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(Record{Source{"x.go", 1}, Warn, "<careful> & done", map[string]string{"b": "2", "a": "1"}})
	b, _ := json.Marshal(map[Level]int{Info: 3})
	fmt.Println(string(b))
	b, _ = json.Marshal([]Level{Debug, Error})
	fmt.Println(string(b))

	tokDec := json.NewDecoder(strings.NewReader(`{"a": [1, "two", true, null], "b": {"c": 3.5}}`))
	depth := 0
	for {
		tok, err := tokDec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case json.Delim:
			if t == '}' || t == ']' {
				depth--
			}
			fmt.Printf("%s%v\n", strings.Repeat("  ", depth), t)
			if t == '{' || t == '[' {
				depth++
			}
		default:
			fmt.Printf("%s%T %v\n", strings.Repeat("  ", depth), t, t)
		}
	}
}
