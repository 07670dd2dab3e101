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

type Common struct {
	Name    string `json:"name"`
	Version int    `json:"version,string"`
}

type DB struct {
	Host     string   `json:"host"`
	Port     int      `json:"port,omitempty"`
	Replicas []string `json:"replicas,omitempty"`
	Timeout  Duration `json:"timeout"`
	Password string   `json:"-"`
}

type Config struct {
	Common
	DB       DB               `json:"db"`
	Features map[string]bool  `json:"features"`
	Limits   map[string]int   `json:"limits,omitempty"`
	Extra    *json.RawMessage `json:"extra,omitempty"`
	Debug    bool             `json:"debug,omitempty"`
}

const input = `{
  "name": "svc",
  "version": "7",
  "db": {"host": "db.local", "timeout": "1m30s", "replicas": ["r1","r2"], "Password": "x"},
  "features": {"beta": true, "alpha": false, "gamma": true},
  "extra": {"k": [1, 2, 3]}
}`

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(input), &cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", cfg.Common)
	fmt.Println(cfg.DB.Host, cfg.DB.Port, cfg.DB.Replicas, cfg.DB.Timeout, cfg.DB.Password == "")
	fmt.Println(cfg.Features, string(*cfg.Extra))

	cfg.DB.Port = 5432
	cfg.Limits = map[string]int{"rps": 100, "burst": 20}
	cfg.Extra = nil
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(out)
	fmt.Println()

	bad := []string{
		`{"version": 7}`,
		`{"db": {"timeout": "forever"}}`,
		`{"db": {"timeout": 5}}`,
		`{"name": "x", "features": {"a": "yes"}}`,
	}
	for _, b := range bad {
		var c Config
		err := json.NewDecoder(strings.NewReader(b)).Decode(&c)
		fmt.Printf("%-40s -> %v\n", b, err)
	}
}
