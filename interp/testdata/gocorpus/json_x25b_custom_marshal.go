package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("bad duration %q: %w", s, err)
	}
	d.Duration = v
	return nil
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = []string{"debug", "info", "warn"}

func (l Level) MarshalText() ([]byte, error) { return []byte(levelNames[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Config struct {
	Name     string           `json:"name"`
	Timeout  Duration         `json:"timeout"`
	Level    Level            `json:"level"`
	Limits   map[Level]int    `json:"limits,omitempty"`
	Extra    *json.RawMessage `json:"extra,omitempty"`
	Disabled bool             `json:"-"`
	Port     int              `json:"port,string"`
}

func main() {
	c := Config{Name: "svc", Timeout: Duration{1500 * time.Millisecond}, Level: Warn,
		Limits: map[Level]int{Info: 10, Debug: 100}, Disabled: true, Port: 8080}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)

	var c2 Config
	err = json.Unmarshal([]byte(`{"name":"x","timeout":"2m3s","level":"INFO","port":"9090","extra":{"k":[1,2]}}`), &c2)
	fmt.Println(err, c2.Name, c2.Timeout, c2.Level, c2.Port, string(*c2.Extra))

	err = json.Unmarshal([]byte(`{"timeout":"soon"}`), &c2)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"level":"fatal"}`), &c2)
	fmt.Println(err)
	out, _ := json.MarshalIndent([]Level{Debug, Warn}, "", " ")
	fmt.Println(string(out))
	var anyv []any
	json.Unmarshal([]byte(`[1, "two", 3.5, true, null, {"a":1}]`), &anyv)
	for _, v := range anyv {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
	err = json.Unmarshal([]byte(`{"name":`), &c2)
	var se *json.SyntaxError
	fmt.Println(err, fmt.Sprintf("%T", err), se == nil)
}
