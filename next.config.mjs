/** @type {import('next').NextConfig} */
const nextConfig = {
  // Browser tests build into their own folder, so they never disturb a running demo server.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  // The embedded database folder must never be traced into the build output.
  outputFileTracingExcludes: { "*": [".data/**", ".data-*/**", "test-results/**"] },
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

export default nextConfig;
