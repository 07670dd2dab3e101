package main

import (
	"encoding/json"
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

type Common struct {
	Name    string `json:"name"`
	Enabled bool   `json:"enabled"`
}

type DBConfig struct {
	Common
	Host     string   `json:"host"`
	Port     int      `json:"port,string"`
	Timeout  Duration `json:"timeout"`
	Replicas []string `json:"replicas,omitempty"`
	Password string   `json:"-"`
}

type Config struct {
	Version  int                        `json:"version"`
	DB       DBConfig                   `json:"db"`
	Features map[string]bool            `json:"features"`
	Limits   map[string]json.RawMessage `json:"limits"`
	Extra    *string                    `json:"extra"`
}

const src = `{
	"version": 3,
	"db": {"name": "main", "enabled": true, "host": "db.local", "port": "5432",
	       "timeout": "1m30s", "replicas": ["r1", "r2"], "Password": "hunter2"},
	"features": {"search": true, "beta": false},
	"limits": {"rps": 100, "burst": {"size": 20, "window": "1s"}},
	"extra": null
}`

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(src), &cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", cfg.DB)
	fmt.Println(cfg.DB.Name, cfg.DB.Timeout.Seconds(), cfg.Extra == nil, cfg.Features)
	var rps int
	json.Unmarshal(cfg.Limits["rps"], &rps)
	var burst struct {
		Size   int
		Window Duration
	}
	json.Unmarshal(cfg.Limits["burst"], &burst)
	fmt.Println(rps, burst.Size, burst.Window)
	cfg.DB.Replicas = nil
	cfg.DB.Port = 6543
	out, _ := json.Marshal(cfg.DB)
	fmt.Println(string(out))

	for _, bad := range []string{
		`{"db": {"timeout": 30}}`,
		`{"db": {"timeout": "30 parsecs"}}`,
		`{"db": {"port": 5432}}`,
		`{"version": "three"}`,
	} {
		var c Config
		fmt.Println(json.Unmarshal([]byte(bad), &c))
	}
	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "small": 1.5}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	big := m["big"].(json.Number)
	_, errInt := big.Int64()
	f, _ := m["small"].(json.Number).Float64()
	fmt.Println(big.String(), errInt != nil, f)
	strict := json.NewDecoder(strings.NewReader(`{"name": "x", "unknown": 1}`))
	strict.DisallowUnknownFields()
	var cm Common
	fmt.Println(strict.Decode(&cm), cm.Name)
}
