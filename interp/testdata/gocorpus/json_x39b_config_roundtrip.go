package main

import (
	"encoding/json"
	"fmt"
	"os"
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
		return fmt.Errorf("duration: %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Backend struct {
	Name    string            `json:"name"`
	URL     string            `json:"url"`
	Weight  int               `json:"weight,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
}

type Config struct {
	Version  int       `json:"version"`
	Listen   string    `json:"listen"`
	Timeout  Duration  `json:"timeout"`
	Backends []Backend `json:"backends"`
	Debug    bool      `json:"debug,omitempty"`
	Secret   string    `json:"-"`
	Extra    *string   `json:"extra"`
}

const input = `{
  "version": 2,
  "listen": ":8080",
  "timeout": "1m30s",
  "backends": [
    {"name": "a", "url": "http://a", "weight": 3, "headers": {"X-B": "2", "X-A": "1"}},
    {"name": "b", "url": "http://b"}
  ],
  "unknown": [1, 2, 3]
}`

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(input), &cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", cfg.Backends)
	fmt.Println(cfg.Version, cfg.Listen, cfg.Timeout, cfg.Timeout.Seconds(), cfg.Extra == nil)

	cfg.Secret = "hunter2"
	cfg.Debug = true
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))

	var generic map[string]any
	_ = json.Unmarshal([]byte(input), &generic)
	fmt.Println(generic["version"], generic["unknown"])
	fmt.Printf("%T %T\n", generic["version"], generic["backends"])

	dec := json.NewDecoder(strings.NewReader(`{"version": "two"}`))
	dec.DisallowUnknownFields()
	var bad Config
	err = dec.Decode(&bad)
	fmt.Println("decode error:", err)

	err = json.Unmarshal([]byte(`{"timeout": "soon"}`), &bad)
	fmt.Println("duration error:", err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]any{"z": 1, "a": []int{1, 2}, "html": "<b>&</b>"})
	raw := json.RawMessage(`{"keep":"as-is"}`)
	b, _ := json.Marshal(struct {
		ID  int             `json:"id,string"`
		Raw json.RawMessage `json:"raw"`
	}{42, raw})
	fmt.Println(string(b))
}
