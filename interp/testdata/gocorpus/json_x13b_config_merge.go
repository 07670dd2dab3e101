package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Duration struct{ Seconds int }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var n int
		if err2 := json.Unmarshal(b, &n); err2 != nil {
			return fmt.Errorf("duration: %w", err)
		}
		d.Seconds = n
		return nil
	}
	s = strings.TrimSpace(s)
	var n int
	var unit string
	if _, err := fmt.Sscanf(s, "%d%s", &n, &unit); err != nil {
		return fmt.Errorf("duration %q: %w", s, err)
	}
	switch unit {
	case "s":
		d.Seconds = n
	case "m":
		d.Seconds = n * 60
	case "h":
		d.Seconds = n * 3600
	default:
		return fmt.Errorf("duration %q: unknown unit %q", s, unit)
	}
	return nil
}

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%ds", d.Seconds))
}

type Config struct {
	Name     string          `json:"name"`
	Port     int             `json:"port,omitempty"`
	Timeout  Duration        `json:"timeout"`
	Tags     []string        `json:"tags,omitempty"`
	Limits   map[string]int  `json:"limits,omitempty"`
	Debug    *bool           `json:"debug,omitempty"`
	Extra    json.RawMessage `json:"extra,omitempty"`
	internal string
}

func main() {
	base := `{"name":"svc","port":8080,"timeout":"2m","tags":["a","b"],"limits":{"rps":10}}`
	override := `{"port":9090,"timeout":45,"limits":{"burst":5},"debug":true,"extra":{"k":[1,2]}}`
	var cfg Config
	for i, src := range []string{base, override} {
		if err := json.Unmarshal([]byte(src), &cfg); err != nil {
			fmt.Println("error", i, err)
			return
		}
	}
	cfg.internal = "hidden"
	fmt.Printf("%s %d %d %v %v %v\n", cfg.Name, cfg.Port, cfg.Timeout.Seconds, cfg.Tags, cfg.Limits, *cfg.Debug)
	fmt.Println(string(cfg.Extra))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(cfg); err != nil {
		fmt.Println(err)
	}
	var bad Config
	err := json.Unmarshal([]byte(`{"timeout":"5d"}`), &bad)
	fmt.Println("bad:", err)
	err = json.Unmarshal([]byte(`{"port":"x"}`), &bad)
	fmt.Println("bad:", err)
}
