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

type Base struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
}

type DBConfig struct {
	DSN     string   `json:"dsn"`
	Pool    int      `json:"pool,omitempty"`
	Timeout Duration `json:"timeout"`
}

type Config struct {
	Base
	DB       *DBConfig       `json:"db,omitempty"`
	Features []string        `json:"features"`
	Extra    json.RawMessage `json:"extra,omitempty"`
	Debug    bool            `json:"-"`
}

func (c *Config) Validate() error {
	var problems []string
	if c.Name == "" {
		problems = append(problems, "name required")
	}
	if c.DB != nil && c.DB.Timeout.Duration <= 0 {
		problems = append(problems, "db timeout must be positive")
	}
	if len(problems) > 0 {
		return fmt.Errorf("invalid config: %s", strings.Join(problems, "; "))
	}
	return nil
}

func main() {
	inputs := []string{
		`{"name":"svc","version":3,"db":{"dsn":"pg://x","timeout":"1.5s"},"features":["a","b"],"extra":{"k":[1,2]}}`,
		`{"version":1,"db":{"dsn":"","timeout":"0s"},"Debug":true}`,
		`{"name":"x","db":{"timeout":15}}`,
		`{"name":"y","db":{"timeout":"soon"}}`,
		`{"name": "z", "features": null}`,
		`[1,2]`,
	}
	for _, in := range inputs {
		var c Config
		dec := json.NewDecoder(strings.NewReader(in))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			fmt.Println("decode error:", err)
			continue
		}
		fmt.Printf("%+v validate=%v\n", c.Base, c.Validate())
		if c.DB != nil {
			fmt.Printf("  db %+v %v\n", *c.DB, c.DB.Timeout.Seconds())
		}
		out, err := json.Marshal(c)
		fmt.Println(" ", string(out), err)
	}
}
