package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
)

func contactHandler(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var problems []string
	name := strings.TrimSpace(r.PostForm.Get("name"))
	if name == "" {
		problems = append(problems, "name is required")
	}
	topics := r.PostForm["topic"]
	if len(topics) == 0 {
		problems = append(problems, "pick at least one topic")
	}
	if len(problems) > 0 {
		w.WriteHeader(http.StatusUnprocessableEntity)
		for _, p := range problems {
			fmt.Fprintln(w, "-", p)
		}
		return
	}
	sort.Strings(topics)
	fmt.Fprintf(w, "thanks %s; topics=%v; ref=%q; form=%q\n", name, topics, r.Form.Get("ref"), r.FormValue("name"))
}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	desc := r.FormValue("description")
	f, hdr, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "file: "+err.Error(), http.StatusBadRequest)
		return
	}
	defer f.Close()
	data, _ := io.ReadAll(f)
	lines := strings.Count(string(data), "\n")
	fmt.Fprintf(w, "got %s (%d bytes, %d lines, type %s) desc=%q\n", hdr.Filename, hdr.Size, lines, hdr.Header.Get("Content-Type"), desc)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /contact", contactHandler)
	mux.HandleFunc("POST /upload", uploadHandler)

	forms := []url.Values{
		{"name": {"  Ada  "}, "topic": {"sales", "billing"}},
		{"name": {""}},
		{"name": {"Lin"}, "topic": {"support"}, "extra": {"ignored"}},
	}
	for _, f := range forms {
		req := httptest.NewRequest("POST", "/contact?ref=newsletter&name=query", strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("%s => %d\n%s", f.Encode(), rec.Code, rec.Body.String())
	}

	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.SetBoundary("xxBOUNDARYxx")
	mw.WriteField("description", "quarterly numbers")
	fw, _ := mw.CreateFormFile("file", "report.csv")
	io.WriteString(fw, "q,amount\n1,100\n2,250\n")
	mw.Close()
	req := httptest.NewRequest("POST", "/upload", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Print(rec.Code, " ", rec.Body.String())

	req = httptest.NewRequest("POST", "/upload", strings.NewReader("plain"))
	req.Header.Set("Content-Type", "text/plain")
	rec = httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Print(rec.Code, " ", rec.Body.String())

	q, _ := url.ParseQuery("a=1&b=2&a=3&c=%20x")
	fmt.Println(q, q.Encode(), q.Has("c"), q["a"])
}
