package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		dd, err := time.ParseDuration(s)
		if err != nil {
			return err
		}
		d.Duration = dd
		return nil
	}
	var n float64
	if err := json.Unmarshal(b, &n); err != nil {
		return errors.New("duration must be string or number")
	}
	d.Duration = time.Duration(n * float64(time.Second))
	return nil
}

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

type DBConfig struct {
	DSN      string   `json:"dsn"`
	MaxConns int      `json:"max_conns"`
	Timeout  Duration `json:"timeout"`
}

type Config struct {
	Name     string            `json:"name"`
	Debug    bool              `json:"debug"`
	DB       DBConfig          `json:"db"`
	Features map[string]bool   `json:"features"`
	Replicas []DBConfig        `json:"replicas,omitempty"`
	Extra    map[string]any    `json:"-"`
	Labels   map[string]string `json:"labels,omitempty"`
}

func Defaults() Config {
	return Config{
		Name:     "svc",
		DB:       DBConfig{DSN: "mem://", MaxConns: 4, Timeout: Duration{5 * time.Second}},
		Features: map[string]bool{"beta": false, "metrics": true},
	}
}

func Load(src string) (Config, error) {
	cfg := Defaults()
	dec := json.NewDecoder(strings.NewReader(src))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return Config{}, fmt.Errorf("load config: %w", err)
	}
	if cfg.DB.MaxConns <= 0 {
		return Config{}, fmt.Errorf("load config: db.max_conns must be positive, got %d", cfg.DB.MaxConns)
	}
	return cfg, nil
}

func main() {
	inputs := []string{
		`{}`,
		`{"name":"api","db":{"max_conns":16,"timeout":"250ms"},"features":{"beta":true}}`,
		`{"db":{"timeout":1.5},"replicas":[{"dsn":"r1","max_conns":2,"timeout":"1m"}],"labels":{"team":"core"}}`,
		`{"db":{"max_conns":0}}`,
		`{"nmae":"typo"}`,
		`{"db":{"timeout":"soon"}}`,
		`{"db":{"timeout":true}}`,
	}
	for _, in := range inputs {
		cfg, err := Load(in)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		out, _ := json.Marshal(cfg)
		fmt.Println(string(out))
		fmt.Println("  timeout:", cfg.DB.Timeout.Duration, "features:", cfg.Features)
	}
}
