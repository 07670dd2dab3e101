package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string: %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = []string{"debug", "info", "warn", "error"}

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

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port"`
	Timeout Duration `json:"timeout"`
}

type Config struct {
	Name     string            `json:"name"`
	Servers  []Server          `json:"servers"`
	LogLevel Level             `json:"log_level"`
	Limits   map[Level]int     `json:"limits,omitempty"`
	Extra    json.RawMessage   `json:"extra,omitempty"`
	Labels   map[string]string `json:"-"`
}

func load(src string) (*Config, error) {
	dec := json.NewDecoder(strings.NewReader(src))
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return &c, nil
}

func main() {
	good := `{"name":"prod","servers":[{"host":"a.example","port":443,"timeout":"1m30s"},
	  {"host":"b.example","port":8443,"timeout":"250ms"}],"log_level":"WARN",
	  "limits":{"error":5,"debug":1000},"extra":{"region":"eu","zones":[1,2]}}`
	c, err := load(good)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Name, c.LogLevel, len(c.Servers), c.Limits)
	for _, s := range c.Servers {
		fmt.Printf("  %s:%d timeout=%v (%.2fs)\n", s.Host, s.Port, s.Timeout, s.Timeout.Seconds())
	}
	fmt.Println("extra:", string(c.Extra))
	out, _ := json.MarshalIndent(c, "", " ")
	fmt.Println(string(out))
	for _, bad := range []string{
		`{"name":"x","log_level":"loud"}`,
		`{"name":"x","servers":[{"timeout":30}]}`,
		`{"name":"x","colour":"red"}`,
		`{"name":`,
	} {
		_, err := load(bad)
		var se *json.SyntaxError
		fmt.Println("error:", err, "| syntax:", errors.As(err, &se))
	}
}
