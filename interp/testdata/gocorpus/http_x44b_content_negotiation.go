package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

type Weather struct {
	XMLName xml.Name `json:"-" xml:"weather"`
	City    string   `json:"city" xml:"city,attr"`
	TempC   float64  `json:"temp_c" xml:"temp"`
	Sky     string   `json:"sky" xml:"sky"`
}

type mediaRange struct {
	typ string
	q   float64
}

func parseAccept(h string) []mediaRange {
	var out []mediaRange
	for _, part := range strings.Split(h, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		mr := mediaRange{typ: strings.TrimSpace(fields[0]), q: 1}
		for _, p := range fields[1:] {
			if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && k == "q" {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					mr.q = f
				}
			}
		}
		if mr.typ != "" {
			out = append(out, mr)
		}
	}
	return out
}

func negotiate(accept string, offers ...string) string {
	best, bestQ := "", 0.0
	for _, mr := range parseAccept(accept) {
		for _, o := range offers {
			match := mr.typ == o || mr.typ == "*/*" ||
				(strings.HasSuffix(mr.typ, "/*") && strings.HasPrefix(o, strings.TrimSuffix(mr.typ, "*")))
			if match && mr.q > bestQ {
				best, bestQ = o, mr.q
			}
		}
	}
	return best
}

func weatherHandler(w http.ResponseWriter, r *http.Request) {
	data := Weather{City: r.PathValue("city"), TempC: 21.5, Sky: "clear"}
	accept := r.Header.Get("Accept")
	if accept == "" {
		accept = "application/json"
	}
	ct := negotiate(accept, "application/json", "application/xml", "text/plain")
	switch ct {
	case "application/json":
		w.Header().Set("Content-Type", ct)
		json.NewEncoder(w).Encode(data)
	case "application/xml":
		w.Header().Set("Content-Type", ct)
		out, _ := xml.Marshal(data)
		w.Write(out)
	case "text/plain":
		w.Header().Set("Content-Type", ct)
		fmt.Fprintf(w, "%s: %.1f°C, %s", data.City, data.TempC, data.Sky)
	default:
		http.Error(w, "not acceptable", http.StatusNotAcceptable)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /weather/{city}", weatherHandler)
	for _, accept := range []string{
		"",
		"application/xml",
		"text/*",
		"text/html, application/json;q=0.5, application/xml;q=0.9",
		"image/png",
		"*/*;q=0.1, text/plain;q=0.8",
	} {
		req := httptest.NewRequest("GET", "/weather/Oslo", nil)
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("Accept %-58q -> %d [%s] %s\n", accept, rec.Code, rec.Header().Get("Content-Type"),
			strings.TrimSpace(rec.Body.String()))
	}
	fmt.Printf("%+v\n", parseAccept("a/b;q=0.3,c/d; q=bad ,,e/f"))
}
