package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

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

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

type Limits struct {
	MaxConns int      `json:"max_conns"`
	Timeout  Duration `json:"timeout"`
}

type Config struct {
	Name     string            `json:"name"`
	Env      string            `json:"env,omitempty"`
	Features []string          `json:"features"`
	Limits   Limits            `json:"limits"`
	Labels   map[string]string `json:"labels,omitempty"`
	secret   string
}

func defaults() Config {
	return Config{
		Name:     "service",
		Features: []string{"metrics"},
		Limits:   Limits{MaxConns: 10, Timeout: Duration{5 * time.Second}},
		secret:   "hidden",
	}
}

func load(src string) (Config, error) {
	cfg := defaults()
	dec := json.NewDecoder(strings.NewReader(src))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("load config: %w", err)
	}
	return cfg, nil
}

func main() {
	inputs := []string{
		`{"name":"api","limits":{"timeout":"1m30s"},"labels":{"team":"core","tier":"1"}}`,
		`{"env":"prod","features":["tracing","metrics"],"limits":{"max_conns":250}}`,
		`{"name":"bad","limits":{"timeout":30}}`,
		`{"nmae":"typo"}`,
		`{"name": "trunc"`,
	}
	for i, in := range inputs {
		cfg, err := load(in)
		if err != nil {
			fmt.Printf("#%d error: %v\n", i, err)
			continue
		}
		out, _ := json.Marshal(cfg)
		fmt.Printf("#%d %s\n", i, out)
		fmt.Printf("   timeout=%v conns=%d secret=%q\n", cfg.Limits.Timeout, cfg.Limits.MaxConns, cfg.secret)
	}
	pretty, err := json.MarshalIndent(defaults(), "", "  ")
	fmt.Println(string(pretty), err)
	var generic map[string]any
	_ = json.Unmarshal([]byte(inputs[0]), &generic)
	fmt.Printf("%v\n%T\n", generic, generic["limits"])
}
