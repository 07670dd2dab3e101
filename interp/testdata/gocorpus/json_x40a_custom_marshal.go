package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = []string{"debug", "info", "warn"}

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
		if strings.EqualFold(n, s) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

type Duration struct{ time.Duration }

func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	d.Duration = v
	return err
}

type Meta struct {
	Source string `json:"source"`
	Line   int    `json:"line,omitempty"`
}

type Entry struct {
	Meta
	Level   Level          `json:"level"`
	Msg     string         `json:"msg"`
	Elapsed Duration       `json:"elapsed"`
	Fields  map[string]any `json:"fields,omitempty"`
}

func main() {
	e := Entry{
		Meta:    Meta{Source: "main.go", Line: 12},
		Level:   Warn,
		Msg:     "disk <low> & slow",
		Elapsed: Duration{1500 * time.Millisecond},
		Fields:  map[string]any{"free": 0.05, "dev": "sda", "ok": false},
	}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)

	input := `[
	  {"source":"a.go","level":"INFO","msg":"start","elapsed":"2s"},
	  {"source":"b.go","line":7,"level":"debug","msg":"tick","elapsed":"250ms","fields":{"n":3,"tags":["x","y"]}},
	  {"source":"c.go","level":"fatal","msg":"boom","elapsed":"1s"}
	]`
	var entries []Entry
	err = json.Unmarshal([]byte(input), &entries)
	fmt.Println("err:", err)
	var good []Entry
	err = json.Unmarshal([]byte(strings.Replace(input, `"fatal"`, `"WARN"`, 1)), &good)
	fmt.Println("err:", err, len(good))
	for _, en := range good {
		fmt.Printf("%s %-5v %s %v %v\n", en.Source, en.Level, en.Msg, en.Elapsed, en.Fields)
		if tags, ok := en.Fields["tags"].([]any); ok {
			fmt.Printf("  tags %T %v, n is %T\n", tags, tags, en.Fields["n"])
		}
	}
	levels := map[Level]int{Info: 2, Debug: 1}
	lb, err := json.Marshal(levels)
	fmt.Println(string(lb), err)
	var raw map[string]json.RawMessage
	json.Unmarshal(b, &raw)
	fmt.Println(string(raw["level"]), string(raw["elapsed"]), len(raw))
}
