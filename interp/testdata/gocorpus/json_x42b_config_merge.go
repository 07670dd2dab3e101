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

type Server struct {
	Host         string   `json:"host"`
	Port         int      `json:"port"`
	ReadTimeout  Duration `json:"read_timeout"`
	AllowOrigins []string `json:"allow_origins,omitempty"`
}

type Config struct {
	Name     string            `json:"name"`
	Debug    bool              `json:"debug"`
	Server   Server            `json:"server"`
	Features map[string]bool   `json:"features"`
	Labels   map[string]string `json:"labels,omitempty"`
	Secret   string            `json:"-"`
	Replicas *int              `json:"replicas,omitempty"`
}

func defaults() Config {
	return Config{
		Name:     "app",
		Server:   Server{Host: "0.0.0.0", Port: 8080, ReadTimeout: Duration{5 * time.Second}},
		Features: map[string]bool{"metrics": true},
	}
}

func (c *Config) Validate() error {
	var errs []error
	if c.Server.Port <= 0 || c.Server.Port > 65535 {
		errs = append(errs, fmt.Errorf("server.port %d out of range", c.Server.Port))
	}
	if c.Name == "" {
		errs = append(errs, errors.New("name is required"))
	}
	if c.Replicas != nil && *c.Replicas < 1 {
		errs = append(errs, fmt.Errorf("replicas must be >= 1, got %d", *c.Replicas))
	}
	return errors.Join(errs...)
}

func load(layers ...string) (Config, error) {
	cfg := defaults()
	for i, l := range layers {
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&cfg); err != nil {
			return cfg, fmt.Errorf("layer %d: %w", i, err)
		}
	}
	return cfg, cfg.Validate()
}

func main() {
	base := `{"name": "orders", "server": {"port": 9090, "allow_origins": ["https://a.example"]}, "features": {"beta": true}}`
	prod := `{"debug": false, "server": {"read_timeout": "1m30s"}, "labels": {"env": "prod", "team": "core"}, "replicas": 3}`
	cfg, err := load(base, prod)
	fmt.Println("err:", err)
	fmt.Printf("%+v\n", cfg.Server)
	fmt.Println(cfg.Features, cfg.Labels, *cfg.Replicas)
	out, _ := json.MarshalIndent(cfg, "", "  ")
	fmt.Println(string(out))

	_, err = load(`{"name": "", "server": {"port": 70000}, "replicas": 0}`)
	fmt.Printf("validation:\n%v\n", err)

	_, err = load(`{"server": {"hots": "x"}}`)
	fmt.Println(err)
	_, err = load(`{"server": {"read_timeout": 30}}`)
	fmt.Println(err)
	_, err = load(`{"server": {"port": "80"}}`)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println("type error at", ute.Field, "value", ute.Value, "want", ute.Type)
	}
	_, err = load(`{"name": "x",`)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se))
}
