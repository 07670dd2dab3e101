package main

import (
	"encoding/json"
	"fmt"
	"sort"
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

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

type Retry struct {
	Attempts int      `json:"attempts"`
	Backoff  Duration `json:"backoff"`
}

type Service struct {
	Name    string            `json:"name"`
	Port    int               `json:"port"`
	Timeout Duration          `json:"timeout"`
	Retry   *Retry            `json:"retry,omitempty"`
	Labels  map[string]string `json:"labels,omitempty"`
	Enabled *bool             `json:"enabled,omitempty"`
}

const base = `{"services":[
 {"name":"api","port":8080,"timeout":"2s","retry":{"attempts":3,"backoff":"250ms"},"labels":{"tier":"front"}},
 {"name":"worker","port":9000,"timeout":"1m30s"},
 {"name":"cron","port":0,"timeout":"10s","enabled":false}
]}`

const override = `{"api":{"port":8443,"labels":{"tls":"on"}},"worker":{"retry":{"attempts":5,"backoff":"1s"}},"ghost":{"port":1}}`

func main() {
	var cfg struct {
		Services []Service `json:"services"`
	}
	if err := json.Unmarshal([]byte(base), &cfg); err != nil {
		fmt.Println("base:", err)
		return
	}
	var patches map[string]json.RawMessage
	if err := json.Unmarshal([]byte(override), &patches); err != nil {
		fmt.Println("override:", err)
		return
	}
	names := make([]string, 0, len(patches))
	for n := range patches {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		found := false
		for i := range cfg.Services {
			s := &cfg.Services[i]
			if s.Name != n {
				continue
			}
			found = true
			oldLabels := s.Labels
			if err := json.Unmarshal(patches[n], s); err != nil {
				fmt.Println("patch", n, err)
			}
			for k, v := range oldLabels {
				if _, ok := s.Labels[k]; !ok {
					s.Labels[k] = v
				}
			}
		}
		if !found {
			fmt.Printf("warning: no service %q (patch %s)\n", n, patches[n])
		}
	}
	for _, s := range cfg.Services {
		enabled := s.Enabled == nil || *s.Enabled
		retry := "none"
		if s.Retry != nil {
			retry = fmt.Sprintf("%dx every %v", s.Retry.Attempts, s.Retry.Backoff.Duration)
		}
		fmt.Printf("%-7s :%-5d timeout=%-8v enabled=%-5v retry=%s labels=%v\n",
			s.Name, s.Port, s.Timeout.Duration, enabled, retry, s.Labels)
	}
	out, _ := json.Marshal(cfg.Services[0])
	fmt.Println(string(out))

	var bad Service
	err := json.Unmarshal([]byte(`{"name":"x","timeout":"soon"}`), &bad)
	fmt.Println("bad:", err)
	err = json.Unmarshal([]byte(`{"name":"x","timeout":5}`), &bad)
	fmt.Println("bad:", strings.SplitN(err.Error(), ":", 2)[0])
	err = json.Unmarshal([]byte(`{"name":"x","port":"80"}`), &bad)
	var te *json.UnmarshalTypeError
	if ok := asType(err, &te); ok {
		fmt.Println("type error at field", te.Field, "value", te.Value, "type", te.Type)
	}
}

func asType(err error, te **json.UnmarshalTypeError) bool {
	t, ok := err.(*json.UnmarshalTypeError)
	if ok {
		*te = t
	}
	return ok
}
