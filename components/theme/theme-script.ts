/**
 * Runs in <head> before first paint (see app/layout.tsx), so a stored dark theme never flashes
 * light. Must stay in sync with `applyTheme` in theme-store.ts; it is a string because it runs
 * before any bundle has loaded.
 */
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `(function(){try{var d=document.documentElement,t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark')t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';d.classList.toggle('dark',t==='dark');d.style.colorScheme=t}catch(e){}})()`;
