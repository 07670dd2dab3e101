package display

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
)

// Bundle maps a MIME type to that representation of one output. Text types
// hold a string, image/png and image/jpeg a base64 string, application/json
// any JSON-encodable value.
type Bundle map[string]any

// Renderer is implemented by values that know how to show themselves. When
// a cell's trailing expression is a Renderer its bundle becomes the cell's
// result instead of the %v text.
type Renderer interface {
	MIMEBundle() map[string]any
}

// Common MIME types.
const (
	MIMEText     = "text/plain"
	MIMEHTML     = "text/html"
	MIMEMarkdown = "text/markdown"
	MIMELaTeX    = "text/latex"
	MIMEPNG      = "image/png"
	MIMEJPEG     = "image/jpeg"
	MIMESVG      = "image/svg+xml"
	MIMEJSON     = "application/json"
)

// TextBundle returns a bundle holding only plain text.
func TextBundle(s string) Bundle { return Bundle{MIMEText: s} }

// bundleOf builds the bundle for one representation, adding a text/plain
// fallback so that consoles and the saved notebook always have something
// to show.
func bundleOf(mime string, data any, fallback string) Bundle {
	return Bundle{mime: data, MIMEText: fallback}
}

// HTMLBundle returns a bundle that shows s as HTML.
func HTMLBundle(s string) Bundle { return bundleOf(MIMEHTML, s, "<HTML>") }

// MarkdownBundle returns a bundle that shows s as Markdown.
func MarkdownBundle(s string) Bundle { return bundleOf(MIMEMarkdown, s, s) }

// LaTeXBundle returns a bundle that shows s as LaTeX (math between $ signs).
func LaTeXBundle(s string) Bundle { return bundleOf(MIMELaTeX, s, s) }

// SVGBundle returns a bundle that shows an SVG document.
func SVGBundle(s string) Bundle { return bundleOf(MIMESVG, s, "<SVG image>") }

// PNGBundle returns a bundle that shows PNG-encoded bytes.
func PNGBundle(b []byte) Bundle {
	return bundleOf(MIMEPNG, base64.StdEncoding.EncodeToString(b), fmt.Sprintf("<PNG image, %d bytes>", len(b)))
}

// JPEGBundle returns a bundle that shows JPEG-encoded bytes.
func JPEGBundle(b []byte) Bundle {
	return bundleOf(MIMEJPEG, base64.StdEncoding.EncodeToString(b), fmt.Sprintf("<JPEG image, %d bytes>", len(b)))
}

// JSONBundle returns a bundle that shows v as a JSON tree. It returns an
// error if v cannot be encoded as JSON.
func JSONBundle(v any) (Bundle, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("display: JSON: %w", err)
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		return nil, fmt.Errorf("display: JSON: %w", err)
	}
	indented, _ := json.MarshalIndent(tree, "", "  ")
	return Bundle{MIMEJSON: tree, MIMEText: string(indented)}, nil
}
